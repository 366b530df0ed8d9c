# array: growth by append/extend, slice assignment that grows and shrinks, floats, bytes.
from array import array
import gc

a = array("i")
for i in range(1000):
    a.append(i * i)
print(len(a), a[0], a[999], sum(a))
gc.collect()
a.extend(x for x in range(5))
print(len(a), a[-5:])
b = array("H", range(100))
b[10:90] = array("H")
print(len(b), b)
b[5:5] = array("H", range(1000, 1010))
print(len(b), b[:20])
f = array("d")
for i in range(10):
    f.append(i / 4)
print(f)
print(sum(f), max(f), min(f))
raw = bytes(array("q", [1, -1, 2**40]))
print(len(raw), raw)
print(array("q", raw))
s = array("b", [5, -5])
t = s + s + s
print(t, len(t))
words = [array("h", [i, -i]) for i in range(50)]
gc.collect()
print(sum(w[0] for w in words), sum(w[1] for w in words), words[49])
print(list(reversed(array("i", [1, 2, 3]))), sorted(array("i", [3, 1, 2])))
print(array("I", [1, 2, 3]).__len__() if False else len(array("I", [1, 2, 3])))
