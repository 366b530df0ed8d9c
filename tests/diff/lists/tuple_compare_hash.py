# tuples compare lexicographically and hash by content
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(0, 0)], d[1, 2], (1, 2) in d, hash((1, 2)) == hash((1, 2)))
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
