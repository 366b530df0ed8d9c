# incremental sha256 equals one-shot
import hashlib
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps"]:
    h.update(chunk)
one = hashlib.sha256(b"The quick brown fox jumps").digest()
print(h.digest() == one, len(one), one.hex())
