# Caesar cipher via ord/chr
def shift(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
for k in (1, 3, 13, 25, -1):
    e = shift("Hello, World!", k)
    print(k, e, shift(e, -k))
