# group references in replacements
import re
print(re.sub("(\\w+)@(\\w+)", "\\2 at \\1", "user@host and admin@server"))
print(re.sub("([0-9]+)-([0-9]+)", "\\2-\\1", "10-20, 3-4"))
print(re.sub("(a)(b)", "[\\1|\\2]", "abab"))
