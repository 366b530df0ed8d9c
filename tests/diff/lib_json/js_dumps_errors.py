# dumps of keys that are strings, and nested containers of every JSON type
import json
doc = [{"k": True}, {"k": False}, {"k": None}, {"k": 0}, {"k": -1.5}, {"k": "v"}, {"k": []}, {"k": {}}]
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc, len(s))
