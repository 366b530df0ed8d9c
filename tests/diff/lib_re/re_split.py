# split with compiled patterns and maxsplit
import re
p = re.compile(",")
print(p.split("a,b,c,d"), p.split("a,b,c,d", 1), p.split("a,b,c,d", 2), p.split("nocomma"))
s = re.compile("[;:]")
print(s.split("x;y:z;;w"))
ws = re.compile("\\s+")
print(ws.split("the  quick\tbrown\nfox"))
