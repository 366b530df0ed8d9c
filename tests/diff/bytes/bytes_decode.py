# decode bytes to str
print(b"abc".decode(), b"abc".decode("utf-8"), b"\xc3\xa9t\xc3\xa9".decode(), b"".decode())
print(str(b"xyz", "utf-8"), len(b"\xe2\x82\xac".decode()))
print(repr(b"caf\xc3\xa9".decode("utf-8")))
