# float comparisons and equality with ints
print(1.0 == 1, 0.5 < 1, -0.0 == 0.0, 2.0 > 1.9999999, 1e-300 > 0)
print(sorted([3.5, -1.0, 2, 0.0, -7.25, 10]))
print(max(1.5, 2, 0.5), min(0.1, 0.01, 1))
print(1.5 in [1, 1.5, 2], 2.0 in {2: "x"})
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
