# configuration data round trip through text
import json
cfg = {"version": 3}
text = json.dumps(cfg)
loaded = json.loads(text)
loaded["version"] += 1
loaded["features"] = ["a", "b"]
print(sorted(loaded.items()), json.dumps(loaded["features"]))
