# DIFF: MicroPython evaluates each value before its key in a dict display ({k: v}); CPython evaluates the key first
log = []
def v(x):
    log.append(x)
    return x
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
e = {v(i): v(i * 10) for i in range(2)}
print(log)
