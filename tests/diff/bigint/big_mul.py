# big int multiplication
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b, -a * -b, a * 0, a * 1, a * -1)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f * f)
print(99999999999 * 99999999999)
