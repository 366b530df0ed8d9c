# deterministic output from multi-key dicts by sorting first
import json
d = {"zeta": 1, "alpha": 2, "mid": [3]}
pairs = sorted(d.items())
print("{" + ", ".join(json.dumps(k) + ": " + json.dumps(v) for k, v in pairs) + "}")
back = json.loads(json.dumps(d))
print(sorted(back.items()))
