# unpack from bytes, bytearray and memoryview
import struct
raw = struct.pack("<hh", -5, 5)
for src in (raw, bytearray(raw), memoryview(raw)):
    print(struct.unpack("<hh", src))
