# operations that fail on complex
for op in ("lt", "int", "float", "floordiv", "mod"):
    try:
        if op == "lt":
            (1j) < (2j)
        elif op == "int":
            int(1j)
        elif op == "float":
            float(1 + 1j)
        elif op == "floordiv":
            (1 + 1j) // 2
        else:
            (1 + 1j) % 2
        print(op, "ok")
    except TypeError:
        print(op, "TypeError")
try:
    (1 + 1j) / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
