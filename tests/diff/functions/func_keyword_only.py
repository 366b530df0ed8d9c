# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def g(*args, key=None):
    return args, key
print(g(1, 2), g(key="k"), g(1, key=2))
