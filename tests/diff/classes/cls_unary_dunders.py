# unary dunders
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return self.v if self.v >= 0 else -self.v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
n = N(-5)
print((-n).v, (+n).v, (~n).v, abs(n), int(n), float(n))
