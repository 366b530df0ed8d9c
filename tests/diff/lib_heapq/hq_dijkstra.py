# Dijkstra shortest paths on a tiny graph
import heapq
graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
         "d": [("e", 6)], "e": [], "f": [("e", 9)]}
dist = {"a": 0}
h = [(0, "a")]
while h:
    d, u = heapq.heappop(h)
    if d > dist.get(u, 10 ** 9):
        continue
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, 10 ** 9):
            dist[v] = nd
            heapq.heappush(h, (nd, v))
print(sorted(dist.items()))
