# unusual for-loop targets
d = {}
for d["k"] in range(3):
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
