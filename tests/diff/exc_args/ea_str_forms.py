# str() of exceptions with zero, one and many args
for e in [Exception(), Exception("msg"), Exception(42), Exception("a", "b"), Exception(None), ValueError(1.5)]:
    print(repr(str(e)))
