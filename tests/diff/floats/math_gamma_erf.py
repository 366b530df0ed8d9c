# gamma, lgamma, erf, erfc (rounded)
import math
for x in [1, 2, 5, 0.5, 3.5]:
    print(x, "%.8f" % (math.gamma(x)), "%.8f" % (math.lgamma(x)))
for x in [0, 0.5, 1, -1, 2]:
    print(x, "%.8f" % (math.erf(x)), "%.8f" % (math.erfc(x)))
