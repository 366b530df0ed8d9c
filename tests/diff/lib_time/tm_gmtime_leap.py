# leap-year boundaries through gmtime
import time
for t in [951696000, 951782400, 951868800, 1078012800, 1078099200, 4107456000 - 86400]:
    g = time.gmtime(t)
    print(t, g[0], g[1], g[2], g[6], g[7])
