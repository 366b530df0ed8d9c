# DIFF: MicroPython str quirks: center() puts the odd pad char on the right, upper()/lower() are ASCII-only, find() with start past the end still matches "" at len
for w in range(3, 8):
    print(repr("ab".center(w)), repr("abc".center(w + 1)))
print("ünïcödé".upper(), "ÀÉÎ".lower(), "ß".upper())
s = "hello"
print(s.find("", 10), s.rfind("", 10), s.count("", 10))
print(s.startswith("", 10), s.endswith("", 10))
