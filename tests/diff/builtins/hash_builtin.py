# hash consistency rules
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(b"x") == hash(b"x"))
print(type(hash("s")).__name__, hash(42) == 42, hash(-7) == -7)
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError")
