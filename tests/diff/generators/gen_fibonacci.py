# fibonacci generator with limit
def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib(100)), len(list(fib(10 ** 20))), list(fib(10 ** 20))[-1])
