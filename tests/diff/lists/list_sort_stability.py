# DIFF: MicroPython's list.sort/sorted is not stable (a quicksort): equal keys may be reordered
# stable sort keeps equal elements in input order (CPython)
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(recs, key=lambda r: r[1]))
r2 = list(recs)
r2.sort(key=lambda r: r[1])
print(r2)
print(sorted(recs, key=lambda r: -r[1]))
