# heapify in place then pop
import heapq
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data[0], sorted(data) == list(range(10)))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
