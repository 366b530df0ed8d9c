# sha1 digests
import hashlib
for b in [b"", b"abc", b"The quick brown fox jumps over the lazy dog"]:
    print(hashlib.sha1(b).digest().hex())
h = hashlib.sha1(b"ab")
h.update(b"c")
print(h.digest() == hashlib.sha1(b"abc").digest())
