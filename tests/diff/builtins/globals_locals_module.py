# globals() and locals() at module level
x_var = 5
g = globals()
print("x_var" in g, g["x_var"], locals() is globals() or locals() == globals())
g["y_var"] = 7
print(y_var)
print(sorted(k for k in g if not k.startswith("__")))
def f():
    return "x_var" in globals()
print(f())
