# DIFF: MicroPython's re "." also matches a newline (CPython's does not without DOTALL); "[]a]" is not a class containing "]"
import re
print(re.match("a.b", "a\nb") is None)
print(re.search("x.*y", "x12\n34y") is None)
print(re.match("[]a]+", "a]a]b"))
