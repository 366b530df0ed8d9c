# repr round-trips through float()
vals = [0.1, 1 / 3, 2 / 3, 1e-7, 123.456, 1e22, 2.0 ** 0.5, 3.0 ** 0.5, 0.7]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(1 / 7, 22 / 7, 355 / 113)
