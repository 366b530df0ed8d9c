# iterated hashing
import hashlib
h = b"seed"
for i in range(100):
    h = hashlib.sha256(h).digest()
print(h.hex())
m = b""
for i in range(10):
    m = hashlib.md5(m + bytes([i])).digest()
print(m.hex())
