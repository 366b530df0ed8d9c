# setdefault returns existing or inserts
d = {}
print(d.setdefault("a", []), d)
d.setdefault("a", []).append(1)
d.setdefault("a", []).append(2)
d.setdefault("b", 0)
print(sorted(d.items()))
print(d.setdefault("c"), "c" in d, d["c"])
