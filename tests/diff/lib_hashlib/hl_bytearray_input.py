# hashing bytearray and memoryview input
import hashlib
d = b"payload"
print(hashlib.sha256(bytearray(d)).digest() == hashlib.sha256(d).digest(), hashlib.sha256(memoryview(d)).digest() == hashlib.sha256(d).digest())
