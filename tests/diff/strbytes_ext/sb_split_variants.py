# split/rsplit variants on str and bytes
for sep in [None, " ", ","]:
    for n in [-1, 0, 1, 2]:
        s = "a b,c d,e"
        print(repr(sep), n, s.split(sep, n), s.encode().split(sep.encode() if sep else None, n))
