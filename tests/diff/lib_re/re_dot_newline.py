# . does not match newline
import re
print(re.match("a.b", "a b").group(0))
print(re.search("[^z]+", "ab\ncd").group(0) == "ab\ncd")
