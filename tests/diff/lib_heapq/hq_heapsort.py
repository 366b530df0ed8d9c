# heapsort implemented with heapq
import heapq
def heapsort(seq):
    h = list(seq)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
for data in ([], [1], [3, 1, 2], [5, -2, 5, 0, 11, -7], list(range(10, 0, -1))):
    print(heapsort(data) == sorted(data), heapsort(data))
