# repeat counts in formats
import struct
print(struct.calcsize("<3H"), struct.pack("<3H", 1, 2, 3), struct.unpack("<3H", b"\x01\x00\x02\x00\x03\x00"))
print(struct.calcsize("<2i2b"), struct.pack("<2i2b", -1, 1, -1, 1))
print(struct.unpack("<4B", bytes([1, 2, 3, 4])), struct.pack(">2Q", 1, 2 ** 64 - 1))
