# bad float strings
for s in ["", "abc", "1.2.3", "1e", "--1", "1 2"]:
    try:
        print(float(s))
    except ValueError:
        print("ValueError", repr(s))
for v in [None, [1.0]]:
    try:
        float(v)
    except TypeError:
        print("TypeError")
