# with statement exception suppression
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__)
            return True
        return False
with Suppress(KeyError):
    {}["x"]
print("after 1")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError escaped")
with Suppress(ValueError, TypeError):
    int("q")
print("done")
