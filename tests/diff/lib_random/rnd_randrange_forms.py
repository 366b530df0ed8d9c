# randrange with one, two and three arguments
import random
random.seed(9)
print(all(0 <= random.randrange(5) < 5 for _ in range(100)))
print(all(10 <= random.randrange(10, 20) < 20 for _ in range(100)))
print(all(random.randrange(1, 100, 7) % 7 == 1 for _ in range(100)))
