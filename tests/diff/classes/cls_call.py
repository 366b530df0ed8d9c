# __call__ makes instances callable
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), m(x=1), m.calls, list(map(m, [1, 2, 3])))
