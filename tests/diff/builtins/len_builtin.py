# len() over many types
class L:
    def __len__(self):
        return 42
for v in ["", "abc", "é€", b"ab", [1], (1, 2), {1: 1}, {1, 2, 3}, range(10), bytearray(4), L()]:
    print(len(v))
for bad in (1, None, 2.5):
    try:
        len(bad)
    except TypeError:
        print("TypeError")
