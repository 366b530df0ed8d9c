# building an integer from bytes by hand equals from_bytes
data = b"\x0a\x0b\x0c\x0d"
acc = 0
for x in data:
    acc = (acc << 8) | x
print(acc, acc == int.from_bytes(data, "big"))
acc = 0
for i, x in enumerate(data):
    acc |= x << (8 * i)
print(acc, acc == int.from_bytes(data, "little"))
