# args is always a tuple
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError(1), IndexError(None), RuntimeError([1])]:
    print(type(e).__name__, e.args, type(e.args).__name__, len(e.args))
