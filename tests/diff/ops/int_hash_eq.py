# equal numbers are equal dict keys
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len({0, 0.0, False}), len({1, 1.0, True, 2}))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False))
print(hash(-5) == hash(-5.0), hash(12345) == hash(12345))
