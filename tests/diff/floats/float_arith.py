# basic float arithmetic
a, b = 1.5, -0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 2.5 * 4)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, 7.5 % 2)
print(1e300 * 10, -1e300 * 10, 1e-300 / 1e5)
x = 2.0
x *= 1.5
x -= 0.5
x /= 4
print(x)
