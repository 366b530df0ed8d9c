# re.search finds the first match anywhere
import re
for s in ["abc123def", "no digits", "7", "x99y100"]:
    m = re.search("[0-9]+", s)
    print(repr(s), m.group(0) if m else None)
