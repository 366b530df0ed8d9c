# shifts on big ints
a = 3 ** 60
print(a << 1, a << 100, a >> 1, a >> 50, a >> 200)
n = -(3 ** 60)
print(n << 5, n >> 5, n >> 95, n >> 96, n >> 500)
print((1 << 200) >> 199, (1 << 1000) >> 1000)
x = 1
for i in range(5):
    x <<= 31
    print(x)
