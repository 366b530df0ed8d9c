# compiled patterns: match, search, sub, split
import re
p = re.compile("[0-9]+")
print(p.match("123abc").group(0), p.match("abc") is None, p.search("abc456def").group(0))
print(p.sub("N", "a1b22c"), p.split("a1b22c333d"))
w = re.compile("\\s*,\\s*")
print(w.split("a , b,c ,  d"))
