# OrderedDict update and equality with a dict
from collections import OrderedDict
od = OrderedDict()
od.update([("x", 1), ("y", 2)])
od.update({"z": 3})
print(list(od.items()), sorted(od.items()) == sorted({"x": 1, "y": 2, "z": 3}.items()))
