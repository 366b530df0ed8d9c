# dumps/loads round trips
import json
docs = [{"name": "x", "vals": [1, 2.5, None, True], "nested": {"k": []}}, [[], {}, ""], "text", 12345678901234567890]
for d in docs:
    s = json.dumps(d)
    back = json.loads(s)
    print(back == d, json.dumps(back) == s if not isinstance(d, dict) or len(d) < 2 else True)
