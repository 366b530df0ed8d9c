# and/or return operands and short-circuit
def t(x):
    print("eval", x)
    return x
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "x", None or 0)
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(0) or t(3))
print(t(4) or t(5))
print(not t([]), not t([1]))
print([] or [1] and [2])
