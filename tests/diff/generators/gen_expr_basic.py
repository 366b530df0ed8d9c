# generator expressions
g = (x * x for x in range(6))
print(type(g).__name__ if False else "gen", sum(g), sum(g))
print(list(x for x in "abc" if x != "b"), max(len(s) for s in ["a", "bbb", "cc"]))
print(sorted((c for c in "zyx"), reverse=False), tuple(i * 2 for i in range(3)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
