# nested list comprehensions
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x for row in [[1, 2], [3], []] for x in row])
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 2 == 0])
print([c for w in ["ab", "cd"] for c in w])
