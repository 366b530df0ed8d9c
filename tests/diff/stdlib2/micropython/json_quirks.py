# MicroPython json behaviours that differ from CPython.
import json

print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(b"bytes"), json.dumps([b"x", {b"k": 1}]))
print(json.dumps("\x08\x0c\x7f"))
print(json.dumps("é€"))
print(json.dumps({(1, 2): 3}))
print(json.dumps(set()))
for text in ['{"a" 1}', '[1,]', '[,1,,2,]', '[}', '{"a": [}', '{1: 2}', '01', '[1 2]',
             '"\\q"', '1.2.3', '1e', '"unterminated']:
    try:
        v = json.loads(text)
        print(repr(text), repr(v))
    except ValueError as e:
        print(repr(text), "ValueError", e)
try:
    json.dumps([1], (",", ":"))
except TypeError:
    print("TypeError")
try:
    json.dumps([1], separators=(",",))
except ValueError as e:
    print("ValueError", e)
