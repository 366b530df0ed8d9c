# iteration and membership on strings
s = "héllo"
for ch in s:
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), "l" in s, "ll" in s, "z" not in s)
print(len(s), len(""), len("€"))
print(sorted("banana"), "".join(sorted("banana")))
