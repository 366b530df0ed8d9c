# in-place updates in a loop
from array import array
a = array("i", [0] * 8)
for i in range(len(a)):
    a[i] = i * 3 - 5
print(a, a[3], a[-1])
