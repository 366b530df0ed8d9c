# extracting numbers
import re
p = re.compile("-?[0-9]+\\.?[0-9]*")
s = "temps: -3.5, 0, 12.25 and 100"
rest = s
found = []
while True:
    m = p.search(rest)
    if m is None:
        break
    found.append(m.group(0))
    rest = rest[rest.find(m.group(0)) + len(m.group(0)):]
print(found, [float(x) for x in found])
