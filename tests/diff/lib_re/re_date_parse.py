# parsing dates
import re
p = re.compile("([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])")
for s in ["2024-01-31", "1999-12-01T10:00", "24-1-1", "date: 2000-02-29"]:
    m = p.search(s)
    print(s, (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None)
