# arrays viewed through memoryview
from array import array
a = array("h", [10, -20, 30])
m = memoryview(a)
print(m[0], m[1], m[2], len(m))
m[1] = 99
print(a)
