# 64-bit values
import struct
for v in [0, 1, -1, 2 ** 62, -(2 ** 63), 2 ** 63 - 1]:
    p = struct.pack("<q", v)
    print(v, p.hex(), struct.unpack("<q", p)[0] == v, struct.unpack("<Q", p)[0])
