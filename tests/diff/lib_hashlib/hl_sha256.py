# sha256 digests
import hashlib
import binascii
for b in [b"", b"abc", b"hello world", bytes(100)]:
    print(b[:11], binascii.hexlify(hashlib.sha256(b).digest()))
