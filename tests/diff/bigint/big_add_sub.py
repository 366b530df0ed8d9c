# big int addition/subtraction across the small-int boundary
a = 2 ** 100
b = 3 ** 70
print(a + b, a - b, b - a, -a - b)
print(a + 1, a - 1, 1 - a, (a + 1) - a)
x = 2 ** 62 - 1
for i in range(4):
    x += 1
    print(x)
print(10 ** 30 - 10 ** 30, 10 ** 30 + (-10 ** 30))
s = 0
for i in range(50):
    s += 2 ** i
print(s, s == 2 ** 50 - 1)
