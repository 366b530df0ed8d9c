# pack_into writes into a bytearray at an offset
import struct
buf = bytearray(12)
struct.pack_into("<I", buf, 0, 0x01020304)
struct.pack_into(">H", buf, 4, 0xabcd)
struct.pack_into("<2b", buf, 6, -1, 5)
struct.pack_into("<i", buf, -4, -2)
print(buf)
try:
    struct.pack_into("<Q", buf, 8, 1)
except Exception as e:
    print(type(e).__name__ in ("ValueError", "error"))
