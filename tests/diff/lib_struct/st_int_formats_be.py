# big-endian integer formats
import struct
for fmt in "bBhHiIlLqQ":
    v = 0x12 if fmt in "bB" else 0x1234
    p = struct.pack(">" + fmt, v)
    print(fmt, p, struct.unpack(">" + fmt, p)[0] == v)
print(struct.pack("!I", 0xdeadbeef), struct.unpack("!I", b"\xde\xad\xbe\xef")[0] == 0xdeadbeef)
