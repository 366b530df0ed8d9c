# dumps of basic values
import json
for v in [None, True, False, 0, -5, 1.5, "s", "", [], {}, [1, "a", None], {"k": [1, 2]}, 2 ** 70]:
    print(json.dumps(v))
