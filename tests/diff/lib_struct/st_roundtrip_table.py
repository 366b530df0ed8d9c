# pack/unpack round trips in both byte orders
import struct
for order in "<>":
    for fmt, v in (("H", 513), ("I", 16909060), ("i", -16909060), ("Q", 72623859790382856)):
        p = struct.pack(order + fmt, v)
        print(order, fmt, p.hex(), struct.unpack(order + fmt, p)[0] == v)
