# numeric parsing details
import json
for s in ["0", "-0", "10", "1.5", "-2.75e2", "12345678901234567890", "1E-2"]:
    v = json.loads(s)
    print(s, v, type(v).__name__)
