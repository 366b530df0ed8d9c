# heapq as a priority queue
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(6)])
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data[0], heapq.heappop(data), data[0])
