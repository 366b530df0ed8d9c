# repr vs str for builtins
vals = [1, -2.5, "s", "it's", b"b", None, True, [1, "x"], (1,), {"k": "v"}, range(3), range(1, 9, 2)]
for v in vals:
    print(str(v), repr(v))
