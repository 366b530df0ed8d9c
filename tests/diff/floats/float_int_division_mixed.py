# mixed int/float operations
print(7 / 2.0, 7 // 2.0, 7 % 2.5, -7 // 2.0, 3 * 0.5, 1 - 0.75, 10 + 0.25)
print(2 ** -2, 10 ** -1, (-2) ** -1)
vals = [1, 2.5, 3, 4.25]
print(sum(vals), sum(vals) / len(vals), max(vals), min(vals))
