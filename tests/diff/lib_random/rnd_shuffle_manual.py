# a Fisher-Yates shuffle keeps the same multiset
import random
random.seed(11)
data = list(range(20))
for i in range(len(data) - 1, 0, -1):
    j = random.randint(0, i)
    data[i], data[j] = data[j], data[i]
print(sorted(data) == list(range(20)), len(data))
