# running median with two heaps
import heapq
lo, hi = [], []
meds = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    meds.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(meds)
