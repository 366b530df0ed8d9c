# dict creation, lookup, len, membership
d = {"a": 1, "b": 2}
print(d["a"], len(d), "a" in d, "z" in d, "z" not in d, d.get("z"), d.get("z", 0), d.get("b", 0))
d["c"] = 3
d["a"] = 10
print(sorted(d.items()), len(d))
print({}, dict(), {"one": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
