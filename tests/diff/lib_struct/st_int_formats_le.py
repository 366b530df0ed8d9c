# little-endian integer formats
import struct
for fmt in "bBhHiIlLqQ":
    v = 100 if fmt.isupper() else -100
    p = struct.pack("<" + fmt, v)
    print(fmt, struct.calcsize("<" + fmt), p, struct.unpack("<" + fmt, p))
