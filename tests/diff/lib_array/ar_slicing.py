# slicing arrays returns arrays
from array import array
a = array("h", range(10))
print(a[2:5], a[:3], a[7:], a[-2:], type(a[1:2]).__name__)
a[0:2] = array("h", [100, 200])
print(a)
