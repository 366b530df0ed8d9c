# heapq with non-list arguments
import heapq
for bad in ((1, 2), "ab"):
    try:
        heapq.heapify(bad)
        print("heapified")
    except TypeError:
        print("TypeError")
