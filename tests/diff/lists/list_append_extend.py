# append vs extend vs +=
a = [1, 2]
a.append([3, 4])
print(a)
a.extend([5, 6])
a.extend("ab")
a.extend(range(2))
print(a)
a += (7, 8)
print(a, len(a))
b = a + [9]
print(b is a, len(b))
try:
    a + (1,)
except TypeError:
    print("TypeError")
