# throw into a generator that returns
def g():
    try:
        yield 1
    except ValueError:
        return "from throw"
it = g()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
