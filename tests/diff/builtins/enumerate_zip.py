# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("ab", range(10))), list(zip()))
names, nums = zip(*[("a", 1), ("b", 2)])
print(names, nums)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
