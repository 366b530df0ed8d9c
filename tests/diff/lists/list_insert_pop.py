# insert and pop at various positions
a = [1, 2, 3]
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(1), a.pop(-2))
print(a)
try:
    [].pop()
except IndexError:
    print("IndexError")
