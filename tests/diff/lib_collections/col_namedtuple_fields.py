# namedtuple with field names as a string and defaults via helper
from collections import namedtuple
Color = namedtuple("Color", "r g b")
c = Color(255, 128, 0)
print(c, c.r, c.g, c.b, c[2], list(c), c == Color(255, 128, 0))
def color(r=0, g=0, b=0):
    return Color(r, g, b)
print(color(b=9), color(1))
