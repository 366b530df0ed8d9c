# int() of various things
print(int(), int(0), int(-0), int("  -0  "), int("00012"))
print(int(7.0), int(-0.5), int(1e10), int(2.5e3))
print(int("10", 16), int(" 0x10 ", 16))
print(int(b"42") if False else int("42"))
class N:
    def __int__(self):
        return 99
print(int(N()))
for bad in [None, [1], "1 2"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
