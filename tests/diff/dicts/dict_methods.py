# keys/values/items/pop/popitem/clear/copy
d = {1: "a", 2: "b", 3: "c"}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.pop(2), d.pop(9, "dflt"), sorted(d))
try:
    d.pop(9)
except KeyError:
    print("KeyError")
k, v = d.popitem()
print(k in (1, 3), len(d))
c = d.copy()
d.clear()
print(d, len(c))
try:
    d.popitem()
except KeyError:
    print("KeyError popitem")
