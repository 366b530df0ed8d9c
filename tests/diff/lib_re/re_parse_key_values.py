# parsing key=value pairs with search in a loop
import re
text = "name=ann; age=30; city=paris"
p = re.compile("([a-z]+)=([a-z0-9]+)")
out = []
pos_text = text
while True:
    m = p.search(pos_text)
    if not m:
        break
    out.append((m.group(1), m.group(2)))
    pos_text = pos_text[pos_text.find(m.group(0)) + len(m.group(0)):]
print(out)
