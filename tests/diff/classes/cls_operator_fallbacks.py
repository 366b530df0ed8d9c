# NotImplemented makes Python try the reflected operation
class A:
    def __add__(self, o):
        if isinstance(o, int):
            return "A+int"
        return NotImplemented
class B:
    def __radd__(self, o):
        return "B.radd"
print(A() + 1, A() + B())
try:
    A() + "s"
except TypeError:
    print("TypeError")
