# big int // and % with signs
a = 10 ** 40 + 12345
for b in [7, -7, 10 ** 20 + 3, -(10 ** 20 + 3), 2 ** 64]:
    print(a // b, a % b)
    print((-a) // b, (-a) % b)
    q, r = divmod(a, b)
    print(q * b + r == a)
try:
    a // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
