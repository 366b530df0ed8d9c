# *args and **kwargs
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, *rest, **opts):
    return a, rest, sorted(opts)
print(g(1), g(1, 2, 3), g(1, x=1), g(*range(4), **{"y": 2}))
def h(*args):
    return sum(args)
print(h(*[1, 2, 3], *(4, 5)), h())
