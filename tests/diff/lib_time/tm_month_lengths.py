# month lengths derived from gmtime
import time
t = 1609459200
lengths = []
cur = time.gmtime(t)[1]
count = 0
for d in range(365):
    m = time.gmtime(t + d * 86400)[1]
    if m != cur:
        lengths.append(count)
        cur, count = m, 0
    count += 1
lengths.append(count)
print(lengths, sum(lengths))
