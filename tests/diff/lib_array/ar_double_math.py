# numeric work on double arrays
from array import array
xs = array("d", [1.0, 2.0, 3.0, 4.0])
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(mean, var)
ys = array("d", [x * 2 for x in xs])
print(ys)
