# writes through a memoryview change the underlying bytearray
ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = 65
m[2:4] = b"XY"
print(ba, bytes(m))
sub = m[3:]
sub[0] = 48
print(ba)
