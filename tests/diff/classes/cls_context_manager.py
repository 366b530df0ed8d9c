# __enter__ and __exit__
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev.args if ev else None)
        return self.suppress
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("swallowed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError:
    print("propagated")
with CM("x") as x, CM("y") as y:
    print("two", x.name, y.name)
