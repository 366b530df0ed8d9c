# args can be inspected after catching
try:
    raise ValueError("code", 7)
except ValueError as e:
    code, num = e.args
    print(code, num * 2)
try:
    raise RuntimeError
except RuntimeError as e:
    print(e.args == ())
