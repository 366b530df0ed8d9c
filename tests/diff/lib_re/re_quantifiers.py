# greedy quantifiers * + ?
import re
for pat in ["a*", "a+", "a?", "ba*", "ba+", "ba?", "b.*a", "b.+a"]:
    m = re.match(pat, "baaab a")
    print(pat, repr(m.group(0)) if m else None)
