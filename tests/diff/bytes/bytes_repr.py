# repr of bytes with special values
for b in [b"", b"a", b"\x00\x1f\x7f\x80\xff", b"'", b'"', b"'\"", b"\t\n\r", b"\\"]:
    print(repr(b), str(b))
print(bytes(range(30, 40)))
