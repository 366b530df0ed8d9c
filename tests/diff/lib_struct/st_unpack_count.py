# unpack returns a tuple sized by the format
import struct
for fmt in ("<B", "<2B", "<BHB", "<4s", "<3s3s"):
    n = struct.calcsize(fmt)
    r = struct.unpack(fmt, bytes(range(n)))
    print(fmt, len(r), r)
