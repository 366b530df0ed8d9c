# character classes and ranges
import re
tests = [("[abc]+", "cabbage"), ("[a-f0-9]+", "deadbeef!"), ("[^0-9]+", "abc123"), ("[A-Za-z_][A-Za-z0-9_]*", "var_1 = 2"),
         ("[-+]?[0-9]+", "-42"), ("[.]", ".")]
for pat, s in tests:
    m = re.match(pat, s)
    print(pat, m.group(0) if m else None)
