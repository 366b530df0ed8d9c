# DIFF: str() of a KeyError is repr(key) in CPython but str(key) in MicroPython; single-arg exception repr has a trailing comma in MicroPython
d = {"a": 1}
try:
    d["zz"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(e.args)
