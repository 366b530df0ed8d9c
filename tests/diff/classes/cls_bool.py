# __bool__ and __len__ for truth tests
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for o in (Flag(True), Flag(False), Sized(0), Sized(3)):
    print(bool(o), "yes" if o else "no", not o)
print([1 for o in (Flag(False), Flag(True)) if o])
