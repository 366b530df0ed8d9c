# custom exceptions keep constructor args
class E(Exception):
    pass
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a, self.b = a, b
print(E(1, 2).args, E().args, F(1, 2).args, F(1, 2).a)
try:
    raise F(3, 4)
except F as e:
    print(e.args, e.b, str(e))
