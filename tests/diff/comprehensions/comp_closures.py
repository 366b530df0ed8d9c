# lambdas created inside comprehensions
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
gs = [lambda: n for n in range(3)]
print([g() for g in gs])
