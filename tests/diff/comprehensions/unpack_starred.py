# starred assignment
a, *b = [1, 2, 3]
*c, d = [1, 2, 3]
e, *f, g = range(6)
h, *i = "x"
print(a, b, c, d, e, f, g, h, i)
[j, k], *rest = [[1, 2], 3, 4]
print(j, k, rest)
