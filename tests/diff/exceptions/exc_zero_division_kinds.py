# all the ways to divide by zero (operands come from variables so the compiler cannot fold them)
one, zero, fone, fzero, big = 1, 0, 1.0, 0.0, 2 ** 70
cases = [
    ("1 / 0", lambda: one / zero),
    ("1 // 0", lambda: one // zero),
    ("1 % 0", lambda: one % zero),
    ("1.0 / 0", lambda: fone / zero),
    ("1.0 // 0.0", lambda: fone // fzero),
    ("divmod(1, 0)", lambda: divmod(one, zero)),
    ("2 ** 70 // 0", lambda: big // zero),
    ("0.0 ** -1", lambda: fzero ** -one),
]
for expr, f in cases:
    try:
        f()
        print(expr, "no error")
    except ZeroDivisionError:
        print(expr, "ZeroDivisionError")
