# re.match anchors at the start
import re
for s in ["abc", "xabc", "ab", ""]:
    m = re.match("abc", s)
    print(repr(s), m is not None, m.group(0) if m else None)
m = re.match("a.c", "axc and more")
print(m.group(0))
