# heaps of floats and strings
import heapq
f = [2.5, -1.0, 3.25, 0.0]
heapq.heapify(f)
print([heapq.heappop(f) for _ in range(4)])
s = ["pear", "apple", "fig"]
heapq.heapify(s)
print(heapq.heappop(s), heapq.heappop(s))
