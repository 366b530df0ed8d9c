# moderately deep nesting
import json
v = []
cur = v
for i in range(20):
    nxt = []
    cur.append(nxt)
    cur = nxt
s = json.dumps(v)
print(s, json.loads(s) == v)
