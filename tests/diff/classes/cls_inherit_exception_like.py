# user class hierarchy with method resolution through three levels
class Shape:
    sides = 0
    def describe(self):
        return "%s with %d sides, area %s" % (type(self).__name__, self.sides, self.area())
    def area(self):
        return 0
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in (Shape(), Rect(2, 3), Square(4), Tri(3, 4)):
    print(s.describe())
