# replace on bytes and bytearray
b = b"one two one"
print(b.replace(b"one", b"1"), b.replace(b"one", b"1", 1), b.replace(b"x", b"y"), bytearray(b).replace(b" ", b"_"))
print(b"aaa".replace(b"a", b""), b"".replace(b"", b"x"))
