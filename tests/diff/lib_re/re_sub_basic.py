# re.sub replacements
import re
print(re.sub("a", "o", "banana"), re.sub("[aeiou]", "", "programming"), re.sub("\\s+", " ", "a   b \t c"))
print(re.sub("\\d", "#", "a1b22c333"), re.sub("x", "y", "nothing"))
print(re.sub("a", "o", "banana", 1), re.sub("a", "o", "banana", 2))
