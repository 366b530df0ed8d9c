# special float values through struct
import struct
for v in [float("inf"), float("-inf"), -0.0, 1e-40]:
    print(struct.pack(">d", v).hex(), struct.unpack(">d", struct.pack(">d", v))[0])
nan = struct.unpack(">d", struct.pack(">d", float("nan")))[0]
print(nan != nan)
