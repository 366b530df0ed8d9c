# struct pack/unpack basics
import struct
print(struct.pack("<HI", 1, 2), struct.pack(">HI", 1, 2), struct.calcsize("<HI"), struct.calcsize("<bhiq"))
print(struct.unpack("<i", b"\xff\xff\xff\xff"), struct.unpack(">H", b"\x01\x02"), struct.unpack("<3B", b"abc"))
data = struct.pack("<ifd", -5, 1.5, 2.25)
print(len(data), struct.unpack("<ifd", data))
