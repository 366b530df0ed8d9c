# ^ and $
import re
print(re.search("^abc", "abcdef") is not None, re.search("^def", "abcdef") is not None)
print(re.search("def$", "abcdef") is not None, re.search("abc$", "abcdef") is not None)
print(re.match("^$", "") is not None, re.match("^a*$", "aaaa") is not None, re.match("^a*$", "aab") is not None)
