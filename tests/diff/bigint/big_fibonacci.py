# fibonacci numbers into big-int territory
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
    if i % 15 == 0:
        print(i, a)
print(a)
print(a % 1000000007, a.__class__.__name__)
