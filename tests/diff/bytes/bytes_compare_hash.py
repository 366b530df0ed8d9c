# bytes equality, hashing, dict keys
a = b"key"
b = bytes([107, 101, 121])
print(a == b, hash(a) == hash(b), {a: 1}[b])
print(b"a" < b"b" < b"ba", bytes(2) == b"\x00\x00")
