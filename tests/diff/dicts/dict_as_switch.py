# dicts of functions as dispatch tables
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in "+-*/":
    print(op, ops[op](12, 4))
print(ops.get("%", lambda a, b: "unsupported")(1, 2))
