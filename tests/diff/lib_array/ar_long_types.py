# 64-bit array items
from array import array
a = array("q", [-(2 ** 63), 2 ** 63 - 1])
b = array("Q", [2 ** 64 - 1])
print(a, b, a[0], b[0])
