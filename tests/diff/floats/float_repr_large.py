# repr of large and small magnitudes (switch to exponent form)
for e in range(-8, 20, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e, -2.0 ** e if e < 60 else 0)
print(1e15, 1e16, 1e17, 123456789012345.0, 1234567890123456.0, 12345678901234567.0)
print(1e-4, 1e-5, 0.00012, 0.000012)
print(1e100, 1e-100, 1.7976931348623157e308)
