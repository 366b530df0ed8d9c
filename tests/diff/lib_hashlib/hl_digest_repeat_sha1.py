# sha1 of repeated data
import hashlib
h = hashlib.sha1()
for i in range(64):
    h.update(b"0123456789")
print(h.digest().hex())
