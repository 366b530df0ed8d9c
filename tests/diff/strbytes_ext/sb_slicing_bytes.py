# slicing bytes and bytearray with step 1
b = bytes(range(10))
ba = bytearray(b)
print(b[2:6], b[-3:], b[:0], ba[2:6], ba[-3:], type(ba[1:2]).__name__, type(b[1:2]).__name__)
print(b[5], ba[5], b[-1], ba[-1])
