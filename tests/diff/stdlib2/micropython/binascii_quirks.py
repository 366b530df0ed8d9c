# MicroPython binascii behaviours that differ from CPython.
import binascii

print(binascii.unhexlify(b"01 02\n0a"))
print(binascii.hexlify("text"), binascii.hexlify(b"\x01\x02", "::"))
print(binascii.a2b_base64(b"a*G=Vs=bG8="))
print(binascii.crc32("abc"), binascii.crc32(b"abc", -1))
for f in (lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"xy"),
          lambda: binascii.a2b_base64(b"abc"), lambda: binascii.hexlify(5)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
