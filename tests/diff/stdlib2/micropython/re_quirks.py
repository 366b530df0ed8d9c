# MicroPython re behaviours that differ from CPython.
import re

print(re.match("a{2}", "a{2}").group(0))
print(re.match(r"\n", "n").group(0))
print(re.match(".", "\n").group(0) == "\n")
print(re.sub("x*", "-", "abc"))
print(re.compile("b*").split("abbc"))
print(re.match("é+", "éé").span())
print(re.match("[]a]", "]a") is None, re.match("[]a]", "a]") is None)
m = re.match("(a)(b)", "ab")
print(m)
print(type(re.compile("a")).__name__)
for pat in ["a(b", "*a", "a)", "a\\", "[a", "(" * 70 + ")" * 70]:
    try:
        re.compile(pat)
        print("compiled")
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile("(,)").split("a,b")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(re.compile("(,)").split("ab"))
try:
    m.group()
except TypeError:
    print("TypeError")
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("(a)", r"\2", "a")
except IndexError as e:
    print("IndexError", e)
print(re.sub("a", r"\n\\", "cat"))
print(hasattr(re, "split"), hasattr(re, "fullmatch"))
r = re.compile("b")
print(r.search("abcb", 2).span(), re.search("b", "abcb", 2) if False else "")
print(re.match("ab", "xab", 1))
try:
    re.match("(a*)*b", "a" * 10)
except RuntimeError as e:
    print("RuntimeError", e)
