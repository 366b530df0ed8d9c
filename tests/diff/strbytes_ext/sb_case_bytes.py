# upper/lower/is* on bytes
for b in [b"abc", b"ABC", b"aBc1", b"123", b"  ", b"", b"a b"]:
    print(b, b.upper(), b.lower(), b.isalpha(), b.isdigit(), b.isspace(), b.isupper(), b.islower())
