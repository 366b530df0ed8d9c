# builtins over lists
a = [4, -2, 9, 0, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)), any(a), all(a))
print(sum([[1], [2]], []), sum([0.5, 0.5]), max(a, key=lambda v: -v))
print(list(map(abs, a)), list(filter(None, a)), list(zip(a, "abcde")))
