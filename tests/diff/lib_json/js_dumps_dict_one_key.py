# dicts with one key have a stable order
import json
for d in [{"a": 1}, {"n": None}, {"list": [1, {"x": "y"}]}, {"s": "q\"q"}]:
    print(json.dumps(d), json.dumps(d, separators=(",", ":")))
