# ** with ints: right associativity, negatives, zero
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 100)
print((-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** 3 ** 2)
print(2 ** -1, 4 ** -2, (-2) ** -2)
print(10 ** 18, 10 ** 19)
print(pow(3, 4), pow(-3, 3))
x = 3
x **= 3
print(x)
for b in range(-3, 4):
    print(b, [b ** e for e in range(0, 6)])
