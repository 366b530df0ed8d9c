# random values stay within their documented ranges
import random
random.seed(42)
ok = True
for _ in range(500):
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
    i = random.randint(3, 9)
    ok = ok and 3 <= i <= 9
    j = random.randrange(0, 10, 2)
    ok = ok and j in (0, 2, 4, 6, 8)
print(ok)
