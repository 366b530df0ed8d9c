# timestamps far from the epoch
import time
for t in [2 ** 31 - 1, 2 ** 31, 4102444800, 946684799]:
    print(t, tuple(time.gmtime(t))[:6])
