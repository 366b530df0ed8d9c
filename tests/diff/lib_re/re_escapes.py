# \d \w \s and their negations
import re
s = "Hello, World 2024!\tTab"
for pat in ["\\d+", "\\w+", "\\s+", "\\D+", "\\W+", "\\S+"]:
    m = re.search(pat, s)
    print(pat, repr(m.group(0)))
