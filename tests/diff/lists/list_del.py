# del on items and slices
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[:]
print(a)
try:
    del a[0]
except IndexError:
    print("IndexError")
