# class with attributes and methods
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims, type(p).__name__, Point.__name__)
p.x = 10
print(p.norm2(), q.norm2())
