# hashlib over other buffer objects and large inputs fed in pieces.
import hashlib
from array import array

def hexd(h):
    return "".join("%02x" % b for b in h.digest())

print(hexd(hashlib.sha256(bytearray(b"abc"))))
print(hexd(hashlib.sha256(array("B", b"abc"))))
print(hexd(hashlib.md5(array("i", [1, 2, 3]))))
data = bytes(range(256)) * 64
whole = hashlib.sha256(data)
parts = hashlib.sha256()
for k in range(0, len(data), 1000):
    parts.update(data[k:k + 1000])
w, p = hexd(whole), hexd(parts)
print(w, w == p)
h = hashlib.sha1()
for k in range(1000):
    h.update(b"%d," % k)
print(hexd(h))
