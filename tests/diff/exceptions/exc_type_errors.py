# common TypeError sources
nothing = None
tests = [lambda: 1 + "a", lambda: "a" * "b", lambda: [1] + (2,), lambda: len(5), lambda: nothing(), lambda: 1 < "a", lambda: abs("x")]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError:
        print("TypeError")
