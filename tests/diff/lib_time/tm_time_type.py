# time.time() returns a number (value not printed)
import time
t = time.time()
print(type(t).__name__ in ("int", "float"), t > 1000000000)
