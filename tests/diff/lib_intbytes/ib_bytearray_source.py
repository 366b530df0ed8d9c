# from_bytes accepts bytearray
print(int.from_bytes(bytearray(b"\x12\x34"), "big"), int.from_bytes(bytearray([1, 0, 0]), "little"))
