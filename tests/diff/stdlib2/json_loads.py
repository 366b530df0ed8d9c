# json.loads: values, nesting, escapes, numbers and errors.
import json

def show(text):
    try:
        v = json.loads(text)
    except ValueError:
        print(repr(text), "-> ValueError")
        return
    if isinstance(v, dict):
        print(repr(text), "-> dict", sorted(v.items()))
    else:
        print(repr(text), "->", repr(v))

for t in ['null', 'true', 'false', '0', '-12', '3.25', '-0.5', '1e3', '2E-2', '1.5e+2',
          '123456789012345678901234567890', '"text"', '""', '[]', '{}',
          '[1, 2, 3]', ' [ 1 ,\t2 ,\n3 ]  ', '{"a": 1, "b": [true, null]}',
          '{"x": {"y": {"z": []}}}', '[[[[1]]]]', '["a", ["b", ["c"]]]',
          '"esc \\" \\\\ \\/ \\n \\t \\r \\b \\f"', '"\\u0041\\u00e9\\u20ac"',
          '[{"k": "v"}, {"k": 2}]']:
    show(t)

for t in ['', ' ', '[', ']', '{', '}', '[1', '{"a": 1', '"abc', 'nul', 'tru', 'fals',
          'nulls', '1 2', '[1] 2', '[1]]', '@', '{[1]: 2}', '"a" "b"']:
    show(t)

print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"b": 3}')))
d = json.loads('{"name": "mpyrom", "tags": ["vm", "romfs"], "n": 2}')
print(d["name"], d["tags"], d["n"])
