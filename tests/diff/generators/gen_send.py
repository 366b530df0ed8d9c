# send() values into a generator
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration:
    print("stopped")
def echo():
    r = yield "ready"
    while True:
        r = yield "got %s" % r
e = echo()
print(e.send(None), e.send(1), e.send("x"))
try:
    echo().send(5)
except TypeError:
    print("TypeError")
