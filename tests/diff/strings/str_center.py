# center with default fill
for w in range(0, 10, 2):
    print(repr("ab".center(w)), repr("abcd".center(w)))
for w in range(1, 10, 2):
    print(repr("abc".center(w)), repr("x".center(w)))
print("[" + "x".center(6) + "]")
