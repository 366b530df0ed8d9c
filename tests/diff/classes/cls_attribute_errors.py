# missing attributes raise AttributeError
class E:
    pass
e = E()
for name in ("x", "method"):
    try:
        getattr(e, name)
    except AttributeError:
        print("AttributeError", name)
try:
    E.nothing
except AttributeError:
    print("AttributeError class")
try:
    (1).nope
except AttributeError:
    print("AttributeError int")
