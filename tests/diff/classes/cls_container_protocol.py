# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "y" in b, "z" in b, "z" not in b, bool(b))
del b["x"]
print(len(b), "x" in b)
try:
    b["x"]
except KeyError:
    print("KeyError")
