# digest lengths
import hashlib
print(len(hashlib.md5(b"x").digest()), len(hashlib.sha1(b"x").digest()), len(hashlib.sha256(b"x").digest()))
