# uniform stays within [a, b]
import random
random.seed(5)
vals = [random.uniform(-2.5, 2.5) for _ in range(300)]
print(all(-2.5 <= v <= 2.5 for v in vals), len(vals))
