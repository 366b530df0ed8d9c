# __eq__ and __hash__ for dict/set usage
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b, c = Key(1), Key(1), Key(2)
print(a == b, a != b, a == c, a is b, a == 1)
d = {a: "one"}
print(d[b], b in d, c in d, len({a, b, c}))
