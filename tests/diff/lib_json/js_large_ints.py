# big integers survive JSON
import json
n = 3 ** 60
print(json.dumps(n), json.loads(json.dumps(n)) == n, json.dumps([-(2 ** 65)]))
