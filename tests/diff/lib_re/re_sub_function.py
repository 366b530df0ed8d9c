# re.sub with a callable replacement
import re
def double(m):
    return str(int(m.group(0)) * 2)
print(re.sub("[0-9]+", double, "a1 b22 c333"))
print(re.sub("[a-z]+", lambda m: m.group(0).upper(), "hello big world"))
print(re.sub("(.)(.)", lambda m: m.group(2) + m.group(1), "abcdef"))
