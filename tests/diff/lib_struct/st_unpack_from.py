# unpack_from with offsets
import struct
data = bytes(range(16))
print(struct.unpack_from("<H", data), struct.unpack_from("<H", data, 2), struct.unpack_from(">I", data, 4))
print(struct.unpack_from("<2B", data, 14), struct.unpack_from("<b", data, -1))
try:
    struct.unpack_from("<I", data, 14)
except Exception as e:
    print(type(e).__name__ in ("ValueError", "error"))
