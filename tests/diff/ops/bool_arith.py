# bools behave like 0 and 1 in arithmetic
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~True, ~False)
print(sum([True, False, True, True]))
print(int(True & False), int(True | False), int(True ^ True), type(True + 0).__name__)
print(True << 3, 10 * (3 > 2), (1 < 0) * 10)
print(int(True), int(False), float(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]), bool(None))
print(True is True, (not 0), (not 5))
