# different algorithms give different digests
import hashlib
d = b"same input"
a, b, c = hashlib.md5(d).digest(), hashlib.sha1(d).digest(), hashlib.sha256(d).digest()
print(a != b[:16], b != c[:20], a.hex(), b.hex())
