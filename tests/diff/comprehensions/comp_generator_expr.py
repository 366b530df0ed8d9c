# generator expressions are lazy and single-use
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
log = []
def v(x):
    log.append(x)
    return x
g2 = (v(i) for i in range(3))
print(log)
first = next(g2)
print(first, log)
print(sum(v(i) for i in range(3)), log)
