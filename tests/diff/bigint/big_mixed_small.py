# results that shrink back to small ints
a = 2 ** 70
b = a - (a - 5)
print(b, b + 1, type(b).__name__)
print((a * 3) // a, (a + 7) % a, a // (a // 2))
c = 10 ** 30
print(c - c + 42, (c * 2) - c * 2)
print([(2 ** 65 + i) - 2 ** 65 for i in range(5)])
print(2 ** 64 // 2 ** 63 == 2)
