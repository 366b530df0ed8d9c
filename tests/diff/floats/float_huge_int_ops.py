# floats meeting big ints
print(2 ** 70 + 0.5, 2 ** 70 * 1.0, 1.5 * 10 ** 20)
print(10 ** 20 / 3.0, 3.0 / 10 ** 20)
print(int(1e20) - 10 ** 20, int(-1e19))
print(float(2 ** 63), float(-(2 ** 63)))
