# hexlify agrees with bytes.hex
import binascii
for b in [b"xyz", bytes([0, 1, 127, 128, 255])]:
    print(binascii.hexlify(b).decode() == b.hex(), bytes.fromhex(b.hex()) == binascii.unhexlify(b.hex()))
