# crc32 values and incremental computation
import binascii
for b in [b"", b"a", b"abc", b"hello world", bytes(256)]:
    print(b[:12], binascii.crc32(b))
full = binascii.crc32(b"hello world")
part = binascii.crc32(b" world", binascii.crc32(b"hello"))
print(full == part, binascii.crc32(b"x", 0), binascii.crc32(b"x", 12345))
