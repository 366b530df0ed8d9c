# types of unpacked values
import struct
vals = struct.unpack("<bHqfd4s", struct.pack("<bHqfd4s", -1, 2, 3, 0.5, 0.25, b"abcd"))
print(vals, [type(v).__name__ for v in vals])
