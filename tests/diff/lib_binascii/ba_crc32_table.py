# crc32 of a sequence of blocks
import binascii
c = 0
for i in range(10):
    block = bytes([i]) * (i + 1)
    c = binascii.crc32(block, c)
    print(i, c)
