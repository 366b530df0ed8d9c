# binascii over other buffer objects (bytearray, array) and larger inputs.
import binascii
from array import array

print(binascii.hexlify(array("h", [1, -2])), binascii.hexlify(array("B", [255, 0])))
print(binascii.b2a_base64(bytearray(b"\x00\x10\x83")), binascii.b2a_base64(array("I", [0x41424344])))
print(binascii.crc32(bytearray(b"123456789")), binascii.crc32(array("B", b"123456789")))
big = bytes(i * 7 % 256 for i in range(5000))
enc = binascii.b2a_base64(big)
print(len(enc), enc[:16], binascii.a2b_base64(enc) == big)
hx = binascii.hexlify(big)
print(len(hx), hx[:20], binascii.unhexlify(hx) == big)
crc = 0
for k in range(0, len(big), 333):
    crc = binascii.crc32(big[k:k + 333], crc)
print(crc, crc == binascii.crc32(big))
