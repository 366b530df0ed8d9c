# divmod with floats
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (10, 2.5)]:
    q, r = divmod(a, b)
    print(a, b, q, round(r, 10))
