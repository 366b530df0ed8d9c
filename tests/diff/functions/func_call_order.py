# evaluation order of arguments
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
v("a")[0] + v("b")[0]
print(log)
