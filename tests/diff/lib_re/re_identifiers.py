# tokenising identifiers and operators
import re
tok = re.compile("\\s*([A-Za-z_][A-Za-z_0-9]*|[0-9]+|[-+*/=()])")
src = "x1 = (alpha + 42) * beta_2"
tokens = []
while src.strip():
    m = tok.match(src)
    if not m:
        break
    tokens.append(m.group(1))
    src = src[len(m.group(0)):]
print(tokens)
