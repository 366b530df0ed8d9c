# b2a_base64 with padding
import binascii
for b in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(10))]:
    print(b, binascii.b2a_base64(b))
print(binascii.b2a_base64(b"hi", newline=False))
