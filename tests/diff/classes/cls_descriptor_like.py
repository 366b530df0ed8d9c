# property defined on a base class used by subclass
class Base:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        self._n = v * 2
class Sub(Base):
    pass
s = Sub()
s.n = 5
print(s.n, s._n)
