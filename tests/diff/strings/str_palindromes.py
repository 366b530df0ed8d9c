# palindromes without step slicing
def rev(s):
    return "".join(reversed(s)) if False else "".join(s[i] for i in range(len(s) - 1, -1, -1))
for w in ["racecar", "level", "python", "", "a", "abba", "abca"]:
    print(repr(w), rev(w), w == rev(w))
