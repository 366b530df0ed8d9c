# memoryview.hex
print(memoryview(b"\x00\x01\xfe\xff").hex(), memoryview(b"abc")[1:].hex(), memoryview(b"").hex())
