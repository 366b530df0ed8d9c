# memoryview over typed arrays uses item size
from array import array
a = array("i", [1, -2, 3])
m = memoryview(a)
print(len(m), m[1], list(m))
m[0] = 100
print(a)
