# exceptions as ordinary objects
errs = [ValueError("v"), TypeError("t"), KeyError("k")]
print([type(e).__name__ for e in errs], [e.args[0] for e in errs])
print(isinstance(errs[2], LookupError), isinstance(errs[0], Exception))
