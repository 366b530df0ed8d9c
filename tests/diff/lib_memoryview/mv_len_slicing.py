# lengths of nested slices
m = memoryview(bytes(range(20)))
for a, b in [(0, 5), (5, 15), (18, 30), (10, 10)]:
    s = m[a:b]
    print(a, b, len(s), bytes(s)[:3])
