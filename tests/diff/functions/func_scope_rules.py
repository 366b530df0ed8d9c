# local, enclosing, global, builtin lookup
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
def h():
    return x
def k():
    len = lambda s: "shadowed"
    return len("abc")
print(f(), h(), k(), len("abc"))
def unbound():
    try:
        print(y)
    except NameError:
        print("NameError (unbound local)")
    y = 1
unbound()
