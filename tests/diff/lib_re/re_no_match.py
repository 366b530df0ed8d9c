# functions return None when nothing matches
import re
print(re.match("x", "abc"), re.search("z", "abc"), re.compile("q").match("abc"))
m = re.search("b+", "aaa")
print("matched" if m else "no match")
