# iteration patterns
a = ["a", "b", "c"]
for i, x in enumerate(a):
    print(i, x)
for x, y in zip(a, a[1:]):
    print(x, y)
out = []
for x in a:
    if x == "b":
        continue
    out.append(x * 2)
print(out)
