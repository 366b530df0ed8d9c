# pop drains a set
s = set(range(5))
out = []
while s:
    out.append(s.pop())
print(sorted(out), s)
try:
    s.pop()
except KeyError:
    print("KeyError")
