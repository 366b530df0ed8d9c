# round() on floats, ties to even
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6]:
    print(v, round(v), type(round(v)).__name__)
for v in [1.234, 1.26, -1.04, 123.456, 0.126, 0.374]:
    print(v, round(v, 1), round(v, 2), round(v, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(-1350.0, -2))
