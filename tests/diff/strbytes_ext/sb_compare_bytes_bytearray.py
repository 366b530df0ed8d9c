# comparisons between bytes and bytearray
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"), bytearray(b"x") == bytearray(b"x"))
print(sorted([bytearray(b"b"), bytearray(b"a")]) == [b"a", b"b"])
