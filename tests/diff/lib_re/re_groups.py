# numbered groups
import re
m = re.match("([a-z]+)-([0-9]+)-([a-z]*)", "abc-123-")
print(m.group(0), m.group(1), m.group(2), repr(m.group(3)))
m = re.match("(a)(b)?(c)", "ac")
print(m.group(1), m.group(2), m.group(3))
try:
    m.group(9)
except IndexError:
    print("IndexError")
