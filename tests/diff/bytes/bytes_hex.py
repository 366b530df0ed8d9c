# hex and fromhex
for b in [b"", b"\x00", b"\x01\xab\xff", b"hello"]:
    h = b.hex()
    print(b, h, bytes.fromhex(h) == b)
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00FF"))
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
