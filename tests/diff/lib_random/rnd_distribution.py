# every value of a small range appears over many draws
import random
random.seed(123)
seen = set()
for _ in range(1000):
    seen.add(random.randint(1, 6))
print(sorted(seen))
