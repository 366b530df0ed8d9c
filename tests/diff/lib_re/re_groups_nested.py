# nested and repeated groups
import re
m = re.match("((a)(b))(c)", "abc")
print(m.group(0), m.group(1), m.group(2), m.group(3), m.group(4))
m = re.match("(ab)+", "ababab")
print(m.group(0), m.group(1))
m = re.match("(a|b)*c", "abbac")
print(m.group(0), m.group(1))
