# choice returns members of the sequence
import random
random.seed(1)
seq = ["a", "b", "c"]
picks = [random.choice(seq) for _ in range(100)]
print(all(p in seq for p in picks), len(picks))
try:
    random.choice([])
except IndexError:
    print("IndexError")
