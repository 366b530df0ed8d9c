# views reflect later changes
d = {"a": 1, "b": 2}
ks = d.keys()
vs = d.values()
its = d.items()
d["c"] = 3
print(len(ks), len(vs), len(its), sorted(ks), sorted(vs), sorted(its))
print("a" in ks, 3 in vs, ("c", 3) in its, ("c", 4) in its)
del d["a"]
print(sorted(ks), list(sorted(its)))
