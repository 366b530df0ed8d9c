# iterating and membership
from array import array
a = array("i", [5, 3, 9])
for x in a:
    print(x)
print(3 in list(a), 4 in list(a), [x * 2 for x in a], sorted(a), max(a), min(a))
