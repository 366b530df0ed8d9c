# MicroPython hashlib: a hash is final after digest(); no hexdigest().
import hashlib

h = hashlib.sha256(b"abc")
print(h.digest()[:4])
for op in ("update", "digest"):
    try:
        if op == "update":
            h.update(b"more")
        else:
            h.digest()
    except ValueError as e:
        print(op, "ValueError", e)
print(hasattr(h, "hexdigest"), hasattr(h, "copy"))
try:
    hashlib.sha256(123)
except TypeError as e:
    print("TypeError", e)
print(type(h).__name__)
print(hashlib.sha256(b"x"), hashlib.sha256)
