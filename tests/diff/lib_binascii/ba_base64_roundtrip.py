# base64 round trips
import binascii
for n in range(0, 20, 3):
    data = bytes((i * 7 + n) & 0xff for i in range(n))
    enc = binascii.b2a_base64(data)
    print(n, enc.strip(), binascii.a2b_base64(enc) == data)
