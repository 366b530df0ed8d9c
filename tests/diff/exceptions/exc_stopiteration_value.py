# StopIteration carries the return value
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
