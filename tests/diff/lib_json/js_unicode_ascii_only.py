# ASCII-only content with escapes for control characters
import json
print(json.dumps("line1\nline2"), json.loads('"\\u0009"') == "\t", json.loads('"caf\\u00e9"') == "caf\u00e9")
