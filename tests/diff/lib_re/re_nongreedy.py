# non-greedy quantifiers
import re
s = "<a><b></b></a>"
print(re.match("<.*>", s).group(0), re.match("<.*?>", s).group(0))
print(re.match("a+?", "aaa").group(0), re.match("a*?b", "aaab").group(0), re.match("x??y", "xy").group(0))
print(re.search("\\d+?", "abc123").group(0))
