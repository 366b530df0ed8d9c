# encode/decode utf-8
for s in ["abc", "é", "€", "日本", ""]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print(b"\xe2\x82\xac".decode("utf-8"), bytes("xyz", "utf-8"), str(b"abc", "utf-8"))
