# DIFF: MicroPython's dict iterates in hash-table order, not insertion order (CPython 3.7+ keeps insertion order)
d = {}
for w in "the cat and the hat and the bat sat on a mat".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(list(d.keys()))
e = {"zebra": 1, "apple": 2, "mango": 3, "kiwi": 4}
print(e, list(e.values()))
e["banana"] = 5
del e["apple"]
print(list(e.items()))
n = {}
for i in (40, 3, 17, 8, 100, 1):
    n[i] = i * i
print(n)
print(sorted(d.items()) == sorted(dict(d).items()))
