# many records packed back to back
import struct
recs = [(i, i * i, -i) for i in range(5)]
blob = b"".join(struct.pack("<HIh", *r) for r in recs)
sz = struct.calcsize("<HIh")
print(sz, len(blob))
print([struct.unpack_from("<HIh", blob, i * sz) for i in range(5)])
