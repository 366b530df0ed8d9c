# equality versus identity for lists
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a == c)
c.append(3)
print(a, b, a == b)
print([a] * 2 == [[1, 2, 3], [1, 2, 3]])
print([] == [], [] is not [])
