# s format pads and truncates
import struct
print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"), struct.pack("<0s", b"x"), struct.pack("<s", b"xyz"))
print(struct.unpack("<3s2s", b"abcde"), struct.calcsize("<10s"))
print(struct.pack("<4sH", b"ID", 7))
