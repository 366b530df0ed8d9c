# struct round-trips for integer ranges
import struct
for fmt, vals in (("<b", [-128, 0, 127]), ("<B", [0, 255]), ("<h", [-32768, 32767]), ("<H", [65535]),
                  ("<i", [-(2 ** 31), 2 ** 31 - 1]), ("<I", [2 ** 32 - 1]), ("<q", [-(2 ** 63)]), ("<Q", [2 ** 64 - 1])):
    for v in vals:
        p = struct.pack(fmt, v)
        print(fmt, v, p.hex(), struct.unpack(fmt, p)[0] == v)
