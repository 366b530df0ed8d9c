# floor division rounds toward negative infinity
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3),
         (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    print(a, b, a // b)
for a in (5, -5, 0):
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", a)
x = 17
x //= 5
print(x)
