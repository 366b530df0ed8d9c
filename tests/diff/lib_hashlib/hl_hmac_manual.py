# HMAC-SHA256 built by hand
import hashlib
def hmac_sha256(key, msg):
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key + bytes(block - len(key))
    o = bytes(b ^ 0x5c for b in key)
    i = bytes(b ^ 0x36 for b in key)
    return hashlib.sha256(o + hashlib.sha256(i + msg).digest()).digest()
print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog").hex())
print(hmac_sha256(b"", b"").hex())
