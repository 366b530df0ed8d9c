# merging sorted lists with a heap
import heapq
lists = [[1, 4, 9], [2, 3, 10], [0, 5]]
h = []
for i, l in enumerate(lists):
    heapq.heappush(h, (l[0], i, 0))
out = []
while h:
    v, i, j = heapq.heappop(h)
    out.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(h, (lists[i][j + 1], i, j + 1))
print(out)
