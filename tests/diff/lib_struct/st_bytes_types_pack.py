# s format accepts bytes and bytearray
import struct
print(struct.pack("<3s", bytearray(b"xyz")), struct.pack("<3s", b"ab"))
