# Dict-heavy code: counting words, nested dicts, key lookups with str and int keys.
words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
counts = {}
index = {}
for i in range(150000):
    w = words[(i * 7) % 8] + str(i % 50)
    counts[w] = counts.get(w, 0) + 1
    index.setdefault(i % 97, []).append(i)
total = sum(len(v) for v in index.values())
print("dict_heavy", len(counts), max(counts.values()), total, sorted(counts)[:3])
