# math module via different import forms
import math
from math import sqrt, pi
import math as m
print(sqrt(49), pi == math.pi, m.floor(2.7), m.ceil(2.1), math.fabs(-2))
print(math.factorial(12), math.isfinite(1e300), math.trunc(-9.99))
