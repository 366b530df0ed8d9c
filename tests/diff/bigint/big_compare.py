# comparisons between big and small ints and floats
a = 2 ** 100
print(a > 1, a < -1, -a < 1, a == 2 ** 100, a != a + 1)
print(a > 1e29, a < 1e31, a == float(a), 2 ** 53 == float(2 ** 53))
print(sorted([a, -a, 0, 5, -(2 ** 64), 2 ** 64]))
print(max(a, 3), min(-a, 3))
print(10 ** 20 > 10 ** 19 > 10 ** 18)
