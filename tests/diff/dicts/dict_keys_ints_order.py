# dict keyed by ints, printed via sorted()
d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = str(i)
print(sorted(d), [d[k] for k in sorted(d)], min(d), max(d), sum(d))
d2 = {k: v for k, v in d.items() if k > 3}
print(sorted(d2.items()))
