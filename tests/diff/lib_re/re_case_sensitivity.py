# matching is case-sensitive; handle case with classes
import re
print(re.match("abc", "ABC"), re.match("[aA][bB][cC]", "AbC").group(0))
print(re.sub("[A-Z]", "_", "CamelCaseName"))
