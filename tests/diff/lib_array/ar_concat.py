# concatenation and in-place add
from array import array
a = array("B", [1, 2])
b = array("B", [3])
c = a + b
print(c, a)
a += b
print(a, c == a)
