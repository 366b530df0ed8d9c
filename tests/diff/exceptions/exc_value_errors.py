# common ValueError sources
tests = [lambda: int("1.5"), lambda: float("x"), lambda: [1].index(2), lambda: "abc".index("z"), lambda: chr(-1), lambda: (1, 2).index(3)]
for t in tests:
    try:
        t()
        print("no error")
    except ValueError:
        print("ValueError")
