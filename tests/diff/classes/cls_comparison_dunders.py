# rich comparison dunders
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __gt__(self, o):
        return self.p > o.p
    def __ge__(self, o):
        return self.p >= o.p
    def __repr__(self):
        return ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 10), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
a, b = Ver(1, 2), Ver(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Ver(1, 2))
