# hashing a larger buffer in chunks
import hashlib
data = bytes(i & 0xff for i in range(5000))
h = hashlib.sha256()
for i in range(0, len(data), 333):
    h.update(data[i:i + 333])
print(h.digest().hex(), h.digest() if False else "", hashlib.sha256(data).digest() == hashlib.sha256(data).digest())
