# reduce-like helpers written by hand
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: b + a, "abcde", ""), reduce(max, [3, 9, 2], 0))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
