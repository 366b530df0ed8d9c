# alternation picks the first alternative that matches
import re
for s in ["cat", "dog", "bird", "category"]:
    m = re.match("cat|dog|bird", s)
    print(s, m.group(0) if m else None)
m = re.match("(red|green|blue) (car|bike)", "green bike")
print(m.group(1), m.group(2))
print(re.match("a|ab", "ab").group(0), re.match("ab|a", "ab").group(0))
