# tuples serialise as arrays, nested structures
import json
print(json.dumps((1, 2)), json.dumps([(1, "a"), ()]), json.dumps({"t": (None,)}))
print(json.dumps([[[[]]]]), json.dumps([{"a": {"b": {"c": 1}}}]))
