# sorted never mutates its input
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is not orig)
print(sorted((3, 1)), sorted("ba"), sorted([], reverse=True))
print(sorted([1.5, 1, False, 0.5]))
