# throw() raises inside the generator
def g():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "handled %s" % e.args[0]
it = g()
print(next(it), it.throw(ValueError("boom")), next(it))
try:
    it.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated")
try:
    next(it)
except StopIteration:
    print("dead")
