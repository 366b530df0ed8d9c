# string-processing comprehensions
s = "The Quick Brown Fox"
print([w.lower() for w in s.split()], [len(w) for w in s.split()])
print("".join([c for c in s if c.isupper()]), {c: s.count(c) for c in "oQ"} == {"o": 2, "Q": 1})
print([s[i:i + 3] for i in range(0, len(s), 3)])
