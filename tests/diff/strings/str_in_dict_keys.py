# strings as keys, interning-independent equality
a = "hel" + "lo"
b = "".join(["h", "e", "l", "l", "o"])
print(a == b, a == "hello", {a: 1}[b], hash(a) == hash(b))
d = {}
for w in "the cat and the hat and the bat".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
