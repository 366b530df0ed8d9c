# base64 of all byte values
import binascii
data = bytes(range(256))
enc = binascii.b2a_base64(data, newline=False)
print(len(enc), enc[:32], enc[-8:])
print(binascii.a2b_base64(enc) == data)
