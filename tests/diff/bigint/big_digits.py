# digit manipulation of big ints
n = 2 ** 256
digits = []
m = n
while m:
    m, d = divmod(m, 10)
    digits.append(d)
print(len(digits), sum(digits), digits[:10])
print(int("".join(str(d) for d in reversed(digits))) == n)
print(str(n).count("7"), str(n)[-15:])
