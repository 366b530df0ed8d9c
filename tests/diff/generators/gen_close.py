# close() and cleanup
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
it = g()
print(next(it), next(it))
it.close()
print(list(it))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError")
def never_started():
    print("never")
    yield
ns = never_started()
ns.close()
print("closed unstarted")
