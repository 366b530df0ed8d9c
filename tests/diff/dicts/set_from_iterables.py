# building sets from iterables, deduplication keeping first order via list
data = [5, 3, 5, 1, 3, 9, 1]
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, sorted(seen), len(set(data)) == len(uniq))
print(sorted(set("mississippi")), sorted(set(range(0, 20, 4)) | set(range(0, 20, 6))))
