# hexlify / unhexlify
import binascii
for b in [b"", b"\x00", b"abc", bytes(range(250, 256))]:
    h = binascii.hexlify(b)
    print(b, h, binascii.unhexlify(h) == b)
print(binascii.unhexlify("DEADbeef"), binascii.unhexlify(b"00ff"))
