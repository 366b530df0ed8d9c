# StopIteration.value from generators and constructors
def g():
    yield 1
    return {"r": 1}
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
for args in [(), (None,), (5,), ("a", "b")]:
    e = StopIteration(*args)
    print(args, e.value, e.args)
