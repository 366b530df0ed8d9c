# hashlib: sha256, sha1 and md5 digests (MicroPython has digest() only, no hexdigest()).
import hashlib

def hexd(h):
    return "".join("%02x" % b for b in h.digest())

for name in ["sha256", "sha1", "md5"]:
    ctor = getattr(hashlib, name)
    print(name, hexd(ctor()))
    print(name, hexd(ctor(b"abc")))
    h = ctor()
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, hexd(h))
    h = ctor(b"x" * 63)
    h.update(b"y" * 65)
    h.update(bytearray(b"z" * 200))
    print(name, hexd(h))
    h = ctor()
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 7))
    print(name, hexd(h))
    print(name, len(ctor(b"len").digest()))
