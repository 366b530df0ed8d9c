# any value may be stored, keys must be hashable
d = {"list": [1, 2], "dict": {"inner": True}, "set": {3}}
d["list"].append(3)
print(d["list"], d["dict"], sorted(d["set"]), len(d))
try:
    d[{1}] = 2
except TypeError:
    print("TypeError")
