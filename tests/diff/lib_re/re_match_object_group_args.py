# group() with explicit indices
import re
m = re.match("(\\w+) (\\w+)", "hello world again")
print(m.group(0), m.group(1), m.group(2))
print([m.group(i) for i in range(3)])
