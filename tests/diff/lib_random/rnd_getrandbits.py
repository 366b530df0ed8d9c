# getrandbits bounds
import random
random.seed(3)
print(all(0 <= random.getrandbits(k) < 2 ** k for k in range(1, 33) for _ in range(10)))
