# in-place operator dunders
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)
n = NoInplace(1)
m = n
n += 5
print(n.v, m.v, n is m)
