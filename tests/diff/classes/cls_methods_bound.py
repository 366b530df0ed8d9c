# bound and unbound methods
class K:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
k = K(5)
m = k.get
print(m(), K.get(k), K.get(K(6)))
k.v = 9
print(m())
fns = [K(i).get for i in range(3)]
print([f() for f in fns])
print(m.__self__ is k if hasattr(m, "__self__") else True)
