# NameError and AttributeError
try:
    not_defined_anywhere
except NameError:
    print("NameError")
def f():
    return also_missing
try:
    f()
except NameError:
    print("NameError in function")
for obj, attr in ((1, "foo"), ("s", "bar"), ([], "baz"), (None, "x")):
    try:
        getattr(obj, attr)
    except AttributeError:
        print("AttributeError", type(obj).__name__, attr)
