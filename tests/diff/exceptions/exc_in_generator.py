# exceptions raised inside generators
def gen():
    yield 1
    raise ValueError("from gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e.args)
try:
    next(g)
except StopIteration:
    print("exhausted")
def safe():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in safe():
    print(v)
