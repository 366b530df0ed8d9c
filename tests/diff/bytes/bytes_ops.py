# concatenation, repetition, comparison, membership
a, b = b"ab", b"cd"
print(a + b, a * 3, 2 * b, a == b"ab", a < b, a > b"aa", b"" < b"\x00")
print(b"b" in a, 98 in a, b"abc" in b"xabcx", 120 in a)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
try:
    b"a" + 1
except TypeError:
    print("TypeError")
