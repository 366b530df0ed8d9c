# the heap invariant holds after each push
import heapq
h = []
ok = True
for v in [(i * 37) % 101 for i in range(50)]:
    heapq.heappush(h, v)
    ok = ok and all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
print(ok, h[0], len(h))
