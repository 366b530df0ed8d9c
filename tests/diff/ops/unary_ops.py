# unary minus, plus, invert, not
for x in [0, 1, -1, 5, -5, 2**40]:
    print(-x, +x, ~x, not x)
print(- - 1, - + - 1, ~ - 1)
print(-(3 - 5), +(-2))
print(-0.0 == 0.0, -(1.5))
