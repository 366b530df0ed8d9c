# round on ints with ndigits
print(round(5), round(-5), type(round(5)).__name__)
for n in [1234, 1250, 1350, -1250, 15, 25, -25, 5]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 2))
