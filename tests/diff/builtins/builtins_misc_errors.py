# argument errors of builtins
tests = [lambda: len(), lambda: abs("x"), lambda: chr("a"), lambda: ord(1), lambda: divmod(1), lambda: max(), lambda: sorted(1)]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError:
        print("TypeError")
