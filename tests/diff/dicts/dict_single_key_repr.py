# repr of small dicts (one key: order independent)
print({"a": 1}, {1: "x"}, {(1, 2): [3]}, {"k": {"n": None}}, {"s": "it's"}, {b"b": 1.5})
print(str({"a": True}), repr({}))
