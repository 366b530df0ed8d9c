# big int <-> str conversion
s = "123456789" * 6
n = int(s)
print(n, str(n) == s, n % 1000)
print(int("-" + s) + n)
print(int("1" + "0" * 40), int("  -99999999999999999999999  "))
print(repr(2 ** 90), str(-(2 ** 90)))
print(int("f" * 30, 16))
print(int("1" * 80, 2))
print(int("zz" * 10, 36))
print("%d" % (7 ** 40), "%x" % (7 ** 40))
