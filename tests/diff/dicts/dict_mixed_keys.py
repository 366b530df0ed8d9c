# keys of mixed hashable types
d = {1: "int", "1": "str", (1,): "tuple", 2.5: "float", None: "none", True: "bool?"}
print(len(d), d[1], d["1"], d[(1,)], d[2.5], d[None])
print(d[True] == d[1])
print(sorted(str(k) for k in d))
