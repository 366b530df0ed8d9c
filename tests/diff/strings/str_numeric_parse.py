# parsing numbers out of text
line = "x=12, y=-7, z=300, w=4.5"
vals = {}
for part in line.split(", "):
    k, v = part.split("=")
    vals[k] = float(v) if "." in v else int(v)
print(sorted(vals.items()))
print(sum(v for v in vals.values()))
print([int(t) for t in "1 22 333".split()], [t.isdigit() for t in "1 a2 -3".split()])
