# empty updates do not change the digest
import hashlib
h = hashlib.sha256(b"x")
h.update(b"")
print(h.digest() == hashlib.sha256(b"x").digest())
h2 = hashlib.md5()
h2.update(b"")
print(h2.digest().hex())
