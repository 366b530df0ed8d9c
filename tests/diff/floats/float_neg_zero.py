# negative zero
z = -0.0
print(z, repr(z), z == 0, str(-0.0 * 1), 0.0 * -1)
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
print(-0.0 + 0.0, abs(-0.0))
