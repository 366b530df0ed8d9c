# yield as an expression in different positions
def g():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    yield a, b
it = g()
print(next(it), it.send(5), it.send("x"), it.send("y"))
