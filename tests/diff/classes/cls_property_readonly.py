# read-only property and property() call form
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r
    def _get_d(self):
        return self.r * 2
    def _set_d(self, d):
        self.r = d / 2
    diameter = property(_get_d, _set_d)
c = Circle(2)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area)
try:
    c.area = 5
except AttributeError:
    print("AttributeError")
