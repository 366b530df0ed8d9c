# copy and clear
a = {1, 2, 3}
b = a.copy()
a.clear()
print(a, sorted(b), len(a), a == set())
c = b
c.add(4)
print(sorted(b), b is c)
