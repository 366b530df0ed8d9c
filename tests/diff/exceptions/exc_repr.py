# DIFF: MicroPython's repr of a one-argument exception keeps the tuple comma: ValueError('bad',)
for e in (ValueError("bad"), TypeError(), KeyError("k"), Exception(1, "two"), OSError(2)):
    print(repr(e))
