# float and double arrays
from array import array
f = array("f", [0.5, -1.25, 3.0])
d = array("d", [0.1, 1e10])
print(f, d, f[1], d[0], sum(f))
print(len(bytes(f)), len(bytes(d)))
