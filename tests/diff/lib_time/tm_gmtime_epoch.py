# gmtime of fixed timestamps (first 8 fields)
import time
for t in [0, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000, 2000000000]:
    print(t, tuple(time.gmtime(t))[:8])
