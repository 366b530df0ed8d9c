# the same seed gives the same sequence within one implementation
import random
random.seed(7)
a = [random.randint(0, 1000) for _ in range(20)]
random.seed(7)
b = [random.randint(0, 1000) for _ in range(20)]
print(a == b, len(a))
