# send/throw pass through yield from
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except ValueError:
        yield "inner handled"
    return "r"
def outer():
    r = yield from inner()
    yield "outer after " + r
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError()))
print(next(g))
