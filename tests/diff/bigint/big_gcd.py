# Euclid on big ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 100, 6 ** 40))
print(gcd(3 ** 90 * 7, 21 ** 30))
print(gcd(10 ** 30 + 1, 10 ** 29 + 1))
print(gcd(12345678901234567890, 98765432109876543210))
def lcm(a, b):
    return a // gcd(a, b) * b
print(lcm(2 ** 40 * 3, 3 ** 30 * 2))
