# frexp/ldexp decomposition
import math
for x in [1.0, 0.5, 8.0, -3.0, 0.1, 1e10, 0.0]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.ldexp(1, 10), math.ldexp(0.75, -2))
