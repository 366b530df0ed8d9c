# escaped metacharacters
import re
for pat, s in [("\\.", "a.b"), ("\\*", "2*3"), ("\\+", "1+1"), ("\\?", "why?"), ("\\(\\)", "f()"), ("\\[x\\]", "[x]"), ("\\$", "$5"), ("\\\\", "a\\b")]:
    m = re.search(pat, s)
    print(pat, m.group(0) if m else None)
