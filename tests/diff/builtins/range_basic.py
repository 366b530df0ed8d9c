# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], 5 in r, 6 in r)
print(list(range(5, 0, -1)), list(range(0, -10, -3)), len(range(0)), len(range(10, 0)), bool(range(0)), bool(range(1)))
print(list(range(3)) == list(range(3)), list(range(-3, 3)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    r[100]
except IndexError:
    print("IndexError")
