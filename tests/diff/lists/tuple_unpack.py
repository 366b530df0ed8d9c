# tuple packing/unpacking
a, b, c = (1, 2, 3)
print(a, b, c)
(x, y), z = (4, 5), 6
print(x, y, z)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = "abcd"
print(init, last)
try:
    p, q = (1, 2, 3)
except ValueError:
    print("ValueError")
try:
    p, q, r = (1, 2)
except ValueError:
    print("ValueError")
