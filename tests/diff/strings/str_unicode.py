# unicode strings: len, index, chr/ord
s = "añ€😀z"
print(len(s), [ord(c) for c in s])
print(s[1], s[2], s[3], s[-1], s[1:4])
print(chr(241), chr(8364), chr(128512), chr(65))
print(s.find("€"), s.index("z"), "€" in s)
print(s.upper()[0], s.upper()[-1], len(s.encode()))
