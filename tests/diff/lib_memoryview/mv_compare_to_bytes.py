# converting memoryviews
m = memoryview(b"xyz")
print(bytes(m) == b"xyz", bytearray(m), list(m), tuple(m))
