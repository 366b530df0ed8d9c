# native (@) alignment versus standard sizes
import struct
for fmt in ("bi", "bh", "hb", "bq", "ib", "bbh", "bd"):
    print(fmt, struct.calcsize("@" + fmt), struct.calcsize("<" + fmt), struct.calcsize(">" + fmt))
print(struct.pack("@bi", 1, 2), struct.pack("<bi", 1, 2))
