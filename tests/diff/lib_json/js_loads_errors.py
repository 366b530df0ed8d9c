# malformed JSON raises ValueError
import json
for bad in ["", "{", "[1, 2", "nul", "'single'"]:
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
