# division by zero with floats
for a in (1.0, -1.0, 0.0, 5):
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / 0.0
            elif op == "//":
                r = a // 0.0
            else:
                r = a % 0.0
            print(a, op, r)
        except ZeroDivisionError:
            print(a, op, "ZeroDivisionError")
