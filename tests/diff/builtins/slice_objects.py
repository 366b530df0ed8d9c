# slice objects as received by __getitem__
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
s = g[1:8:2]
print(s, s.start, s.stop, s.step, type(s).__name__)
t = g[2:]
print(t, t.start, t.stop, t.step)
u = g[:5]
print(u.start, u.stop, u.step, g[::-1].step)
a = list(range(10))
print(a[s], a[t], a[u], a[g[-3:]])
k = g[1:2, 3]
print(type(k).__name__, k[1])
