# importing twice returns the same module object
import math
import math as m2
import sys
print(math is m2, math.sqrt is m2.sqrt)
print(type(math).__name__)
