# mixing defaults, *args, keyword-only and **kwargs
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=1, c=2, d=3, z=0))
