# set comprehensions
print(sorted({x % 5 for x in range(20)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
