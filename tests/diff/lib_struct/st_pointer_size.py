# calcsize of multi-field formats
import struct
for fmt in ("<", "<b", "<bb", "<hi", "<qq", "<10s", "<fd", "<e", ">HHI", "<5x"):
    print(repr(fmt), struct.calcsize(fmt))
