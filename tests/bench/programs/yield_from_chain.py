# Generators delegating through yield from chains.
def leaf(n):
    for i in range(n):
        yield i
def mid(n):
    yield from leaf(n)
    yield -1
def top(n):
    for k in range(n):
        yield from mid(k % 20)
total = 0
count = 0
for v in top(20000):
    total += v
    count += 1
print("yield_from_chain", count, total)
