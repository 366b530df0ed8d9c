# a fixed binary record format
import struct
FMT = "<4sHIf"
recs = [(b"ABCD", 1, 1000, 0.5), (b"WXYZ", 65535, 4294967295, -1.25)]
blob = b"".join(struct.pack(FMT, *r) for r in recs)
print(struct.calcsize(FMT), len(blob), blob.hex())
size = struct.calcsize(FMT)
for i in range(len(recs)):
    print(struct.unpack_from(FMT, blob, i * size))
