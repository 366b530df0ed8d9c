# conversions between str, bytes and lists of ints
s = "Hi!"
b = s.encode()
print(list(b), bytes(list(b)), "".join(chr(x) for x in b), bytes([ord(c) for c in s]) == b)
print(str(b), repr(b), b.decode(), bytearray(b).decode())
