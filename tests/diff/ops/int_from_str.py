# int() parsing with bases
print(int("0"), int("-17"), int("  42  "), int("+8"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2), int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("12", 0))
print(int(3.9), int(-3.9), int(True))
for bad in ["", "abc", "1.5", "12a", "--1"]:
    try:
        int(bad)
        print("ok", bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
