# modulo takes the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3),
         (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    print(a, b, a % b, (a // b) * b + a % b == a)
try:
    print(5 % 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
x = -17
x %= 5
print(x)
