# find/index/count on bytes with ranges
b = b"abcabcabc"
print(b.find(b"c"), b.find(b"c", 3), b.find(b"c", 3, 5), b.rfind(b"a"), b.rfind(b"a", 0, 5), b.count(b"abc"), b.count(b"b", 2))
print(b.find(99), b.count(b""), b.index(b"ca"), b.rindex(b"ab"))
try:
    b.index(b"zz")
except ValueError:
    print("ValueError")
