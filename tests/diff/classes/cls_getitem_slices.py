# __getitem__ receiving ints and slices
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop = i.start or 0, i.stop if i.stop is not None else self.n
            return [x * 10 for x in range(start, stop)]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError
        return i * 10
s = Seq(5)
print(s[0], s[-1], s[1:3], s[3:], len(s), list(s))
