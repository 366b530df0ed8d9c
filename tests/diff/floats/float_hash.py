# hash consistency for floats that equal ints
for v in [0, 1, -1, 100, 2 ** 30]:
    print(v, hash(v) == hash(float(v)))
d = {2.0: "two", 3: "three"}
print(d[2], d[3.0], 2 in d, 3.0 in d, 2.5 in d)
print(len({1.0, 1, 2.0, 2}))
