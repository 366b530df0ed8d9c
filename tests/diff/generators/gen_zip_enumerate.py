# generators with builtin iterator helpers
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
out = []
for i, (s, c) in enumerate(zip(squares(), "abcde")):
    out.append((i, s, c))
print(out)
print(list(map(lambda x: x + 1, (y for y in range(3)))))
