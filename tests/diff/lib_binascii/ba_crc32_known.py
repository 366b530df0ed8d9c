# well-known crc32 test vectors
import binascii
print(binascii.crc32(b"123456789"), hex(binascii.crc32(b"123456789")))
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
