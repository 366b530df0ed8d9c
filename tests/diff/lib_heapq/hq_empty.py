# popping from an empty heap
import heapq
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
h = [5]
print(heapq.heappop(h), h)
