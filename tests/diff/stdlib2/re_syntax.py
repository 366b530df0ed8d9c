# re: compile errors and matching of text with special characters.
import re

for bad in ["a(b", "(a", "*a", "a**", "+", "[abc", "a\\"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except Exception:
        print(repr(bad), "error")

print(re.match(r"a\*b", "a*b").group(0))
print(re.match(r"\(x\)", "(x)").group(0))
print(re.match(r"[(][)]", "()").group(0))
print(re.match(r"\$\^", "$^").group(0))
print(re.match(r"a\|b", "a|b").group(0))
print(re.match(r"[\]]+", "]]x").group(0))
print(re.match("[a-]+", "a-a-").group(0))
print(re.search(r"\d\d:\d\d", "at 12:30 today").group(0))
print(re.match("", "abc").span())
print(re.search("$", "abc").span())
print(re.match("(a*)b", "b").groups())
print(re.match("(a|)b", "b").groups())
print(re.search("(b)(c)?", "abd").groups())
