# weekday and yearday values
import time
g = time.gmtime(1700000000)
print(g[0], g[1], g[2], g[3], g[4], g[5], "weekday", g[6], "yearday", g[7])
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for t in range(0, 7 * 86400, 86400):
    print(t // 86400, days[time.gmtime(t)[6]])
