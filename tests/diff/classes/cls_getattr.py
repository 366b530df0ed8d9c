# __getattr__ for missing attributes
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_abc"), hasattr(d, "y"), getattr(d, "y", "dflt"))
try:
    d.missing
except AttributeError:
    print("AttributeError")
