# repr of simple floats
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.5, 2.25, 100.0, 1234.5, 3.14159, 0.001, 0.0001]:
    print(repr(v), str(v))
