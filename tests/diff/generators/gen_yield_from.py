# yield from delegation and return values
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    yield from [4, 5]
    yield from range(6, 8)
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], (None,))))
