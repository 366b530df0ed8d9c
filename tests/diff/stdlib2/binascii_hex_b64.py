# binascii: hexlify/unhexlify, base64 both ways, crc32.
import binascii

print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x01\x7f\x80\xff"))
print(binascii.hexlify(b"abc", "-"), binascii.hexlify(b"\x12\x34", ":"))
print(binascii.hexlify(bytearray(b"\xde\xad\xbe\xef")))
print(binascii.unhexlify(b"deadBEEF"), binascii.unhexlify("00ff10"))
print(binascii.unhexlify(b""))
for bad in [b"abc", b"zz", b"0g"]:
    try:
        binascii.unhexlify(bad)
    except ValueError:
        print(bad, "ValueError")
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    print(len(data), enc[:24], enc[-6:], binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"no newline", newline=False))
print(binascii.a2b_base64(b"aGVs\nbG8g\r\nd29y bGQ="))
print(binascii.a2b_base64("SGk="))
try:
    binascii.a2b_base64(b"aGVsbG8")
except ValueError:
    print("ValueError")
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(bytes(range(256)) * 4))
print(binascii.crc32(b"abc", 0xFFFFFFFF))
