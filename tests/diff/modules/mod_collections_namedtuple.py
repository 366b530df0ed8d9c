# namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x, p[1], p + q, len(p), p == (1, 2), tuple(q))
x, y = q
print(x, y)
Rec = namedtuple("Rec", "name age")
r = Rec("ann", 30)
print(r, r.name, r.age, isinstance(r, tuple))
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
