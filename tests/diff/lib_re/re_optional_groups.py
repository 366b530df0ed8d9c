# optional groups that do not participate
import re
p = re.compile("(\\d+)(px|em)?")
for s in ["12px", "3em", "42", "7pt"]:
    m = p.match(s)
    print(s, m.group(1), m.group(2))
