# OrderedDict keeps insertion order
from collections import OrderedDict
od = OrderedDict()
for k in ["zebra", "apple", "mango", "kiwi"]:
    od[k] = len(k)
print(list(od.keys()), list(od.values()), list(od.items()))
del od["apple"]
od["apple"] = 0
print(list(od))
k, v = od.popitem()
print(k, v, list(od))
od2 = OrderedDict([("b", 1), ("a", 2)])
print(list(od2.items()), od2["a"], "b" in od2)
