# heap of (priority, item) tuples
import heapq
tasks = []
for pri, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    print(heapq.heappop(tasks))
