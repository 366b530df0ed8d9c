# OrderedDict operations preserve order
from collections import OrderedDict
od = OrderedDict([("one", 1), ("two", 2), ("three", 3)])
od["four"] = 4
od["two"] = 22
print(list(od.items()))
od.pop("one")
print(list(od.keys()), od.get("two"), len(od))
