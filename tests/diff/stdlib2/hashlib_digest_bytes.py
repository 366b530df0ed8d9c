# hashlib: a hash is final after digest() in MicroPython (update/digest raise ValueError).
import hashlib

h = hashlib.sha256(b"data")
d = h.digest()
print(len(d), d[:4])
print(hashlib.sha256(b"data").digest() == d)
print(type(d) is bytes)
h1 = hashlib.sha256()
h2 = hashlib.sha256()
h1.update(b"one")
h2.update(b"two")
print(h1.digest() != h2.digest())
print(hashlib.sha256(b"a" * 1000).digest()[:8])
