# base64 of text
import binascii
for s in ["Man", "Ma", "M", "hello, world", "MicroPython"]:
    e = binascii.b2a_base64(s.encode()).strip()
    print(s, e, binascii.a2b_base64(e).decode())
