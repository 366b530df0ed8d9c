# center on bytes and str with even padding
for w in (6, 8, 10):
    print(repr(b"ab".center(w)), repr("abcd".center(w)), repr(b"".center(w - 4)))
