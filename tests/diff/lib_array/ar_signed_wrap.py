# values within range round-trip through bytes
from array import array
a = array("b", [-128, -1, 0, 127])
print(a, list(bytes(a)))
u = array("B", bytes(a))
print(u)
