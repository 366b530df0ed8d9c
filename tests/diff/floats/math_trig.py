# math trigonometry (rounded)
import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print("%.8f" % (math.sin(x)), "%.8f" % (math.cos(x)), "%.6f" % (math.tan(x)) if x != math.pi / 2 else "-")
print("%.8f" % (math.asin(0.5)), "%.8f" % (math.acos(0.5)), "%.8f" % (math.atan(1)), "%.8f" % (math.atan2(1, -1)))
print("%.8f" % (math.degrees(math.pi)), "%.8f" % (math.radians(180)))
