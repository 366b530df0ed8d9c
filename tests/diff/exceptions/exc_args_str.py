# exception args and str()
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(3), IndexError()):
    print(type(e).__name__, e.args, repr(str(e)))
e = Exception("msg")
print(e.args[0], len(e.args))
