# counting and grouping with dicts
text = "one two three two three three four four four four"
count = {}
for w in text.split():
    count[w] = count.get(w, 0) + 1
for w in sorted(count, key=lambda w: (-count[w], w)):
    print(w, count[w])
by_len = {}
for w in count:
    by_len.setdefault(len(w), []).append(w)
print(sorted((k, sorted(v)) for k, v in by_len.items()))
