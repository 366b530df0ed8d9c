# functions as values
def apply(fn, *args):
    return fn(*args)
def double(x):
    return x * 2
table = [double, abs, str, len]
print([apply(f, -3) if f is not len else apply(f, "abc") for f in table])
print(double.__name__, callable(double), apply(max, 3, 9, 2))
fs = {"d": double}
print(fs["d"](21))
