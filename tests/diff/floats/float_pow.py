# float powers
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10.0 ** -2, (-8.0) ** 3)
print(0.0 ** 0, 1.5 ** 2, 2 ** -1.0, pow(2.0, 3), pow(9, 0.5))
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(round((-8) ** (1 / 3) .real, 6) if False else 1.0 ** 1000)
