# list creation, indexing, len
a = [1, "two", 3.0, None, [5]]
print(a, len(a), a[0], a[-1], a[-1][0], a[1:3], a[::-1], a[::2])
print(list(), list("abc"), list(range(3)), list((1, 2)), [0] * 4, [[]] * 2)
try:
    a[10]
except IndexError:
    print("IndexError")
print(a.__class__.__name__, type([]) is list)
