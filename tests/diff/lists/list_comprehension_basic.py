# list comprehensions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[j for j in range(i)] for i in range(4)])
