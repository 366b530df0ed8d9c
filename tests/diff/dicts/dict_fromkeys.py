# fromkeys shares the value
d = dict.fromkeys(["a", "b", "c"])
print(sorted(d.items()))
e = dict.fromkeys("xy", 0)
print(sorted(e.items()))
f = dict.fromkeys([1, 2], [])
f[1].append("shared")
print(sorted(f.items()))
