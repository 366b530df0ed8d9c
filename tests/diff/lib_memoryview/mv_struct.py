# struct over a memoryview slice
import struct
buf = bytearray(8)
m = memoryview(buf)
struct.pack_into("<H", m, 2, 0x1234)
print(buf, struct.unpack_from("<H", m[2:4]))
