# parsing big ints in many bases
for base in (2, 3, 7, 8, 10, 16, 36):
    s = "1" * 50
    v = int(s, base)
    print(base, v % 1000003, len(str(v)))
print(int("-" + "9" * 40) + 10 ** 40)
print(int("0x" + "ab" * 20, 16))
print(int("0b" + "10" * 40, 0), int("0o" + "7" * 30, 0))
