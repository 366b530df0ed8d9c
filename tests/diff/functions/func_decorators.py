# function decorators
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
def twice(fn):
    return lambda x: fn(fn(x))
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
