# conversions between int and float
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e10, -2.5e15, 123456.789]:
    print(v, int(v), float(int(v)))
for n in [0, 1, -1, 2 ** 31, 2 ** 53, -(2 ** 40)]:
    print(n, float(n))
print(float("1.5"), float(" -2.25 "), float("1e3"), float("-1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("Infinity"), float(7), float(True))
