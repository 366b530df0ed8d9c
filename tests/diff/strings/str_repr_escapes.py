# repr of strings with quotes and escapes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash", "\x00\x01\x7f", "\r", "é", "\u20ac"]:
    print(repr(s))
print(str("x"), repr(""), [repr("a")])
