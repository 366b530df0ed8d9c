# list of records
import json
rows = [{"id": i} for i in range(4)]
s = json.dumps(rows)
print(s)
print([r["id"] * 2 for r in json.loads(s)])
