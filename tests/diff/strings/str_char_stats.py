# character frequency with a dict
text = "mississippi river"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(repr(ch), counts[ch])
print(max(counts, key=lambda c: (counts[c], c)))
