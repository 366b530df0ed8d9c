# divmod agrees with // and %
for a in range(-9, 10, 3):
    for b in (-4, -3, -1, 1, 2, 5):
        q, r = divmod(a, b)
        print(a, b, q, r, q == a // b, r == a % b)
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
