# iter() over a class implementing the sequence protocol (__getitem__ + IndexError)
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)))
for v in Squares(3):
    print(v)
print(9 in Squares(4), 10 in Squares(4))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
