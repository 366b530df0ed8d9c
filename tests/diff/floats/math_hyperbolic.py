# hyperbolic functions
import math
for x in [0, 0.5, 1, -2]:
    print(x, "%.8f" % (math.sinh(x)), "%.8f" % (math.cosh(x)), "%.8f" % (math.tanh(x)))
print("%.8f" % (math.asinh(1)), "%.8f" % (math.acosh(2)), "%.8f" % (math.atanh(0.5)))
