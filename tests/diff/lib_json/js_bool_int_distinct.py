# booleans stay booleans through JSON
import json
v = json.loads("[true, 1, false, 0]")
print(v, [type(x).__name__ for x in v], json.dumps(v))
