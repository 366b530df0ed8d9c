# longer base64 lines
import binascii
data = bytes(range(100))
enc = binascii.b2a_base64(data)
print(len(enc), enc[:40], enc[-10:])
print(binascii.a2b_base64(enc) == data)
