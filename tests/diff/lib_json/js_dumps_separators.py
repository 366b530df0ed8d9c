# separators option
import json
v = {"a": [1, 2, {"b": None}]}
print(json.dumps(v))
print(json.dumps(v, separators=(",", ":")))
print(json.dumps([1, 2, 3], separators=(", ", ": ")))
print(json.dumps({"x": 1}, separators=(";", "=")))
