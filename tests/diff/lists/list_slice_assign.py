# slice assignment can change length
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[:] = ("x", "y", "z")
print(a)
