# sub with count
import re
for n in range(0, 5):
    print(n, re.sub("o", "0", "foo boo zoo", n))
