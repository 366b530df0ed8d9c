# slices of memoryviews share memory
ba = bytearray(range(10))
m = memoryview(ba)[2:8]
print(len(m), list(m))
m2 = m[1:3]
m2[0] = 200
print(list(ba))
