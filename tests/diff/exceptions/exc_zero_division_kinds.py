# all the ways to divide by zero
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "2 ** 70 // 0", "0.0 ** -1"):
    try:
        eval(expr)
        print(expr, "no error")
    except ZeroDivisionError:
        print(expr, "ZeroDivisionError")
