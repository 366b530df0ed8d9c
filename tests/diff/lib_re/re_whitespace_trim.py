# trimming and collapsing whitespace
import re
for s in ["  a  ", "\tb\n", "no-space", "  multiple   inner   spaces  "]:
    t = re.sub("^\\s+", "", s)
    t = re.sub("\\s+$", "", t)
    t = re.sub("\\s+", " ", t)
    print(repr(s), repr(t))
