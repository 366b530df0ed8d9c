# reflected (__radd__ etc.) operators
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return Money(o + self.v)
    def __rmul__(self, k):
        return Money(self.v * k)
    def __rsub__(self, o):
        return Money(o - self.v)
    def __repr__(self):
        return "Money(%d)" % self.v
print(Money(5) + 3, 3 + Money(5), 2 * Money(7), 10 - Money(4), Money(1) + Money(2))
print(sum([Money(1), Money(2), Money(3)]))
