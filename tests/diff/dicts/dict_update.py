# update with dict, pairs and keywords
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 100)])
d.update(e=5, f=6)
d.update({})
print(sorted(d.items()))
d2 = {"x": 0}
d2.update(d, x=9)
print(sorted(d2.items()))
