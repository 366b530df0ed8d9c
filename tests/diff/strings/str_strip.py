# strip / lstrip / rstrip with and without chars
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("   ".strip()), repr("".strip()), "hello".strip("lo"), "hello".strip(""))
