# hex/fromhex on bytes, bytearray, memoryview
for b in [b"", b"\x00", b"\x7f\x80", bytes(range(8))]:
    print(b.hex(), bytearray(b).hex(), memoryview(b).hex(), bytes.fromhex(b.hex()) == b, bytearray.fromhex(b.hex()) == b)
print(bytes.fromhex("aa BB cc"), bytearray.fromhex(""))
