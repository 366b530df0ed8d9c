# comparison operators on ints
vals = [-3, 0, 2, 2, 7]
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in (-3, 2, 7)])
print(1 == 1.0, 1 != 1.0, 2 < 2.5, -1 > -1.5)
print(True == 1, False == 0, True > False)
