# chained string processing
text = "  The quick brown fox, jumps over the lazy dog.  "
words = text.strip().replace(",", "").replace(".", "").lower().split()
print(words)
print(len(words), sorted(set(words)))
print("-".join(w.upper() for w in words if len(w) > 3))
print(" ".join(w for w in words[::-1]))
print(text.count("o"), text.find("fox"), text.strip()[4:9])
