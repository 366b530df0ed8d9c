# nested unpacking in assignments and loops
data = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in data:
    print(n, x, y)
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
for i, (k, v) in enumerate(sorted({"x": 1, "y": 2}.items())):
    print(i, k, v)
try:
    (p, q), r = (1, 2, 3), 4
except ValueError:
    print("ValueError")
