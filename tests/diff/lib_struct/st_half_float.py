# half-precision floats
import struct
for v in [0.0, 1.0, -2.0, 0.5, 65504.0, 0.125]:
    p = struct.pack("<e", v)
    print(v, p.hex(), struct.unpack("<e", p)[0])
