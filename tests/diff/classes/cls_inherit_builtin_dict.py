# subclassing dict
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()), len(c), c["a"], isinstance(c, dict), "z" in c)
