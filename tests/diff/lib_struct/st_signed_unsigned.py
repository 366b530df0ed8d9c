# reinterpret bytes as signed/unsigned
import struct
for b in [b"\x00\x80", b"\xff\xff", b"\x7f\xff", b"\x01\x00"]:
    print(b, struct.unpack("<h", b)[0], struct.unpack("<H", b)[0], struct.unpack(">h", b)[0], struct.unpack(">H", b)[0])
