# DIFF: MicroPython's locals() inside a function returns the module globals (no frame locals)
gv = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return "a" in loc, "c" in loc, "gv" in loc, "f" in loc
print(f(1))
