# heappush/heappop produce sorted output
import heapq
h = []
for v in [7, 3, 9, 1, 5, 3, 8]:
    heapq.heappush(h, v)
    print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
