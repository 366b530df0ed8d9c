# float and double packing
import struct
for v in [0.0, 1.0, -2.5, 0.1, 1e10, float("inf")]:
    pf = struct.pack("<f", v)
    pd = struct.pack(">d", v)
    print(v, pf, pd, struct.unpack("<f", pf)[0] == v or abs(struct.unpack("<f", pf)[0] - v) < 1e-6, struct.unpack(">d", pd)[0] == v)
print(struct.unpack("<e", struct.pack("<e", 1.5)), struct.pack("<e", -0.25))
