# first send must be None
def g():
    x = yield 1
    yield x
it = g()
print(it.send(None), it.send("second"))
