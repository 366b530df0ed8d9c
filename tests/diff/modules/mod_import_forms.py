# import statement forms
import sys, math
from collections import namedtuple as nt, OrderedDict
import io as inout
from math import *
print(math.pi == pi, nt("T", "a")(1).a, type(OrderedDict()).__name__, type(inout.StringIO()).__name__)
print(floor(1.5), sqrt(4))
