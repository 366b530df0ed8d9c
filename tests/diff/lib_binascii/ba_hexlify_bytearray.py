# hexlify accepts bytearray and memoryview
import binascii
print(binascii.hexlify(bytearray(b"\x01\x02")), binascii.hexlify(memoryview(b"\xff")), binascii.unhexlify(bytearray(b"4142")))
