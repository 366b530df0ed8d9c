# return value of a generator
def g(n):
    for i in range(n):
        yield i
    return n * 10
def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return out, e.value
print(collect(g(3)), collect(g(0)))
def no_return():
    yield 1
print(collect(no_return()))
