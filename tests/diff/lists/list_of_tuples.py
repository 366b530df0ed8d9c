# lists of tuples: sorting and grouping
rows = [("b", 2), ("a", 3), ("c", 1), ("a", 4)]
print(sorted(rows), sorted(rows, key=lambda r: r[1]))
groups = {}
for k, v in rows:
    groups.setdefault(k, []).append(v)
print(sorted(groups.items()))
print(list(zip(*rows)))
