# truthiness and isinstance of floats
for v in [0.0, -0.0, 0.1, float("inf"), float("nan")]:
    print(repr(v), bool(v))
print(isinstance(1.0, float), isinstance(1, float), isinstance(1.0, (int, float)))
print(type(1 + 1.0).__name__, type(3 // 2.0).__name__, type(3 % 2.0).__name__)
