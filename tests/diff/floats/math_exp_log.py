# exp and log family
import math
print(math.exp(0), "%.8f" % (math.exp(1)), "%.8f" % (math.exp(-1)))
print(math.log(1), "%.8f" % (math.log(math.e)), "%.8f" % (math.log(100, 10)), "%.8f" % (math.log(8, 2)))
print(math.log10(1000), math.log2(1024), "%.8f" % (math.log2(10)))
print("%.8f" % (math.expm1(1e-5)), "%.8f" % (math.pow(2, 0.5)))
for bad in (0, -1):
    try:
        math.log(bad)
    except ValueError:
        print("ValueError", bad)
