# day arithmetic via gmtime
import time
start = 1577836800
for d in (0, 31, 59, 60, 365, 366):
    g = time.gmtime(start + d * 86400)
    print(d, "%04d-%02d-%02d" % (g[0], g[1], g[2]))
