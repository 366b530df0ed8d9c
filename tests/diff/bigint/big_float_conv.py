# big int <-> float conversions
print(float(2 ** 100), float(-(3 ** 40)), float(10 ** 22))
print(int(1e30) == 10 ** 30, int(2.0 ** 80) == 2 ** 80)
print(int(1.5e20), int(-1.2345e25))
print(2 ** 1023 * 1.0 > 1e307)
