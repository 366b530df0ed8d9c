# iterating an exhausted generator yields nothing
def g():
    yield 1
    yield 2
it = g()
print(list(it), list(it), next(it, None))
for x in it:
    print("never")
print("done")
