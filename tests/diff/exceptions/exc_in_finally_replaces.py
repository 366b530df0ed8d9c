# an exception raised in finally replaces the original
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("KeyError", e.args)
except ValueError:
    print("ValueError")
