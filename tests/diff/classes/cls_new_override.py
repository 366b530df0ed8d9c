# __new__ customisation
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.created = 0
        cls._inst.created += 1
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b, a.created)
class Plain:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v * 2
        return o
print(Plain(4).v)
