# equality between arrays
from array import array
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) == array("i", [2, 1]), array("i") == array("i"))
