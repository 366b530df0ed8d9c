# index errors on arrays
from array import array
a = array("i", [1])
try:
    a[5]
except IndexError:
    print("IndexError")
try:
    a[5] = 0
except IndexError:
    print("IndexError set")
