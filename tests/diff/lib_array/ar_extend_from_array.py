# extending with another array and with iterables
from array import array
a = array("i", [1])
a.extend(array("i", [2, 3]))
a.extend(range(4, 6))
a.extend((6,))
print(a, len(a))
