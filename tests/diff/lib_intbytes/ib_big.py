# big ints through bytes
n = 3 ** 100
b = n.to_bytes(20, "big")
print(b.hex(), int.from_bytes(b, "big") == n)
print(int.from_bytes(b"\xff" * 16, "little") == 2 ** 128 - 1)
