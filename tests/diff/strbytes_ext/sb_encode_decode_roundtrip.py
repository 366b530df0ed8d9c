# encode/decode round trips for ASCII and UTF-8 text
texts = ["", "ascii", "tab\tnew\nline", "café", "naïve", "€100", "日本語", "emoji 😀"]
for t in texts:
    b = t.encode("utf-8")
    print(len(t), len(b), b.decode("utf-8") == t, bytes(t, "utf-8") == b, str(b, "utf-8") == t)
