# big ints as dict keys and set members
d = {2 ** 100: "a", -(2 ** 100): "b", 2 ** 64: "c"}
print(d[2 ** 100], d[-(2 ** 100)], d[2 ** 64], 2 ** 64 + 1 in d)
s = {10 ** 30, 10 ** 30, 5 * 2 * 10 ** 29}
print(len(s))
print(hash(2 ** 100) == hash(2 ** 100), hash(2 ** 70) == hash(float(2 ** 70)))
