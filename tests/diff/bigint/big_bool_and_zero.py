# truthiness of big results
a = 2 ** 100
print(bool(a), bool(a - a), bool(-a), not a)
print(a and "yes", (a - a) or "zero")
print(a // (a + 1), (a + 1) // a, a % a)
print(0 * a, a * 0 == 0)
