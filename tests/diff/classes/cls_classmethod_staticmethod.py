# classmethod and staticmethod
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @staticmethod
    def valid(d):
        return -273 <= d
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Temp):
    pass
t = Temp.from_f(212)
s = Sub.from_f(32)
print(t.deg, type(t).__name__, s.deg, type(s).__name__, Temp.valid(-300), t.valid(0), Sub.name(), s.name())
