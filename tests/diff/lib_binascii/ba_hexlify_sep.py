# hexlify with a separator
import binascii
print(binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"\xab\xcd", ":"), binascii.hexlify(b"\x01", " "))
