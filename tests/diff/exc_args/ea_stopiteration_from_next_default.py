# next() with default never raises
def g():
    return
    yield
print(next(g(), "default"), next(iter([]), None))
