# argument unpacking at call sites
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2], *(3, 4)), f(1, *[2, 3], d=4), f(**{"d": 4, "c": 3}, a=1, b=2))
args = (1, 2, 3, 4)
print(f(*args), f(*"1234" and (1, 2, 3, 4)))
print(*range(3), sep=",")
