# binary arithmetic dunders
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __repr__(self):
        return "Vec%r" % (self.c,)
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, b - a, a * 3, b / 4, b // 3, b % 7, -a)
