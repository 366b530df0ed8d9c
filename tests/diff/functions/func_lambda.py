# lambdas
sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(5), add(1), add(1, 2), (lambda: "noargs")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(z=1, y=2))
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(3))
