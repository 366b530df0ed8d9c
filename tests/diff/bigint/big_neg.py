# negation and abs on big ints
a = 5 ** 50
print(-a, abs(-a), -(-a) == a, abs(a) is not None)
print(-a // 1, -a % 1, -a * -1 == a)
print(+a == a, (-a) ** 2 == a * a, (-a) ** 3 == -(a ** 3))
print(a.__class__ is int)
