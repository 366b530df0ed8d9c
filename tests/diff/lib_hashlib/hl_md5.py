# md5 digests
import hashlib
for b in [b"", b"a", b"abc", b"message digest"]:
    print(hashlib.md5(b).digest().hex())
h = hashlib.md5()
h.update(b"message ")
h.update(b"digest")
print(h.digest().hex())
