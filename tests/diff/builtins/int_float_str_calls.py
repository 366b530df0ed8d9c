# constructor calls as conversions
print(int("7") + float("0.5"), str(7) + "x", list("ab") + [1], tuple([1]) + (2,))
print(bool("False"), int(bool(3)), float(int("12")), str(float(2)))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
