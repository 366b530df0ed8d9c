# enumerate over changing data
a = [10, 20, 30]
for i, v in enumerate(a):
    a[i] = v + i
print(a)
e = enumerate("xyz", start=-1)
print(next(e), next(e), list(e))
