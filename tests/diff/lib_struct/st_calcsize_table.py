# calcsize for standard-size formats
import struct
for fmt in ("<bhilq", ">BHILQ", "<fd", "<10s2x", "<e3H"):
    print(fmt, struct.calcsize(fmt))
