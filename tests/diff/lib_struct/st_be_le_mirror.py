# big-endian bytes are little-endian bytes reversed
import struct
for fmt in "HIQ":
    v = 0x0102030405060708 & ((1 << (8 * struct.calcsize("<" + fmt))) - 1)
    le = struct.pack("<" + fmt, v)
    be = struct.pack(">" + fmt, v)
    print(fmt, le.hex(), be.hex(), bytes(reversed(le)) == be)
