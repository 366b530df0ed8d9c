# loads of basic documents
import json
for s in ["null", "true", "false", "0", "-12", "3.25", "1e3", '"str"', "[]", "{}", "[1, [2, [3]]]", '{"a": {"b": "c"}}', "  42  "]:
    v = json.loads(s)
    print(repr(v), type(v).__name__)
