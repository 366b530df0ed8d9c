# split edge cases
import re
p = re.compile(",")
print(p.split(""), p.split(","), p.split(",a,"), p.split("a,,b"))
