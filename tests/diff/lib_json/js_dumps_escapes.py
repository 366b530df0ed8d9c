# string escaping in dumps
import json
for s in ['quote"', "back\\slash", "new\nline", "tab\t", "cr\r", "slash/", "\x01\x1f", "mixed \"\\\n"]:
    print(json.dumps(s))
