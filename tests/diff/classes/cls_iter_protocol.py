# __iter__ and __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(2):
    print(x)
c = Countdown(3)
print(next(c), next(c), list(c), list(c))
class Wrap:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
print(list(Wrap("ab")), sum(Wrap([1, 2, 3])), 2 in Wrap([1, 2]))
