# bytearray content changes are seen by existing views
ba = bytearray(b"1234")
m = memoryview(ba)
ba[0] = 57
print(bytes(m), m[0])
