# Method calls and attribute access on small objects.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
acc = Vec(0, 0)
s = 0
for i in range(200000):
    v = Vec(i, -i)
    acc = acc.add(v)
    s += v.dot(acc) & 0xffff
print("method_calls", acc.x, acc.y, s)
