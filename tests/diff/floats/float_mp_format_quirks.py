# DIFF: MicroPython's float formatting is not correctly rounded: repr is not always shortest, subnormals print oddly, %.Nf and round() round decimal ties of the printed digits
print(9.87654321, 1e-300 / 1e10, 5e-324)
print("%.1f" % 0.25, "%.1f" % 0.35, "{:.0f}".format(2.5), "%.2f" % 2.675)
print(round(2.675, 2), round(0.5210953054937474, 10))
print(1.1 * 1.1, 0.1 * 3)
