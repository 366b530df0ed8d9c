# StopIteration.value is None for plain return
def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
