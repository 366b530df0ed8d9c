# bytes methods shared with str
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b.split(), b.strip().split(b", "), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.replace(b"l", b"L"), b.startswith(b"  H"), b.endswith(b"  "), b.index(b"W"))
print(b"-".join([b"a", b"b", b"c"]), b"a,b".partition(b","), b"a,b,c".rpartition(b","))
print(b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"ABC".isupper(), b"abc".islower())
