# loads of escaped strings
import json
for s in [r'"a\"b"', r'"back\\slash"', r'"\n\t\r"', r'"\u0041\u00e9"', r'"\/"', '"plain"']:
    print(repr(json.loads(s)))
