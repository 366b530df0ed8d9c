# closures sharing one cell
def pair():
    v = [0]
    def get():
        return v[0]
    def put(x):
        v[0] = x
    return get, put
g, p = pair()
p(41)
print(g())
p(g() + 1)
print(g())
g2, p2 = pair()
print(g2(), g())
