# k smallest via heap
import heapq
data = [15, 3, 99, 42, 7, 1, 64, 8]
h = list(data)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
def k_largest(seq, k):
    h = []
    for x in seq:
        heapq.heappush(h, x)
        if len(h) > k:
            heapq.heappop(h)
    return sorted(h, reverse=True)
print(k_largest(data, 3))
