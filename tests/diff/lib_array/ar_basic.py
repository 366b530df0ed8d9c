# array creation and indexing
from array import array
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a), sum(a))
a[1] = 20
a.append(4)
a.extend([5, 6])
print(a, a[1:4])
print(array("b"), array("B", b"\x01\x02"), array("d", [1.5, 2.5]))
