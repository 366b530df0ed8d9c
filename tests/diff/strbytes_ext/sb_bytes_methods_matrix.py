# every MicroPython bytes method on one sample
b = b"  Hello World, hello  "
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"))
print(b.split(), b.rsplit(b" ", 2), b.split(b","), b"a\nb".splitlines())
print(b.strip(), b.lstrip(), b.rstrip())
print(b.replace(b"l", b"L", 3), b.startswith(b"  H"), b.endswith(b"  "), b.upper(), b.lower())
print(b.isdigit(), b.isalpha(), b.isspace(), b.isupper(), b.islower())
print(b.center(26), b.partition(b","), b.rpartition(b"l"))
print(b.hex()[:10], bytes.fromhex("4142"), b.decode()[:7], b",".join([b"x", b"y"]))
