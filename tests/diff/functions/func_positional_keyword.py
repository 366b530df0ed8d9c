# positional and keyword arguments
def f(a, b, c):
    return (a, b, c)
print(f(1, 2, 3), f(1, c=3, b=2), f(c=1, a=2, b=3), f(*[1, 2], c=9), f(**{"a": 1, "b": 2, "c": 3}))
for call in (lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: f(1, 2, a=1), lambda: f(1, 2, d=4)):
    try:
        call()
    except TypeError:
        print("TypeError")
