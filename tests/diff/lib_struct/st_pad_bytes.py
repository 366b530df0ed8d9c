# x pad bytes
import struct
print(struct.pack("<bxh", 1, 2), struct.calcsize("<bxh"), struct.calcsize("<3x"), struct.pack("<2xB", 9))
print(struct.unpack("<bxh", b"\x01\x00\x02\x00"))
