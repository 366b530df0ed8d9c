# mktime(localtime(t)) == t for fixed timestamps
import time
for t in [0 + 86400 * 3, 1000000000, 1234567890, 1700000000]:
    print(t, int(time.mktime(time.localtime(t))) == t)
