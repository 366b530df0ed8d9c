# true division of ints gives floats
pairs = [(1, 2), (3, 4), (-1, 2), (7, -2), (10, 5), (0, 7), (1, 8), (-9, 3), (2, 3)]
for a, b in pairs:
    r = a / b
    print(a, b, r, type(r).__name__)
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
x = 9
x /= 2
print(x)
