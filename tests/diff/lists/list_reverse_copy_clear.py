# reverse, copy, clear
a = [1, 2, 3, [4]]
b = a.copy()
c = a[:]
a.reverse()
print(a, b, c)
b[3].append(5)
print(a, b is not a, b[3] is a[0])
a.clear()
print(a, b)
