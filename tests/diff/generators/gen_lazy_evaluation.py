# generators run only as far as consumed
log = []
def g():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
it = g()
print(log)
next(it)
print(log)
next(it)
print(len(log))
