# chains and sorting on big ints
vals = [3 ** 50, -(2 ** 90), 2 ** 80, 0, -1, 10 ** 24, 7]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals))
print(-(2 ** 90) < -1 < 0 < 7 < 10 ** 24 < 2 ** 80 < 3 ** 50)
print(vals.index(2 ** 80), (2 ** 80) in vals)
