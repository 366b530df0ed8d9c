# substring checks for str, bytes, bytearray
print("ell" in "hello", b"ell" in b"hello", b"ell" in bytearray(b"hello"), 101 in b"hello")
print("" in "", b"" in b"x", "x" not in "")
