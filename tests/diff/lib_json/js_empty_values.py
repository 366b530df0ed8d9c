# empty containers and strings
import json
print(json.dumps(["", [], {}, [[]], [{}]]), json.loads('["", [], {}]'))
