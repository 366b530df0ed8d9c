# raising a class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise KeyError
except LookupError as e:
    print(type(e).__name__, isinstance(e, KeyError))
try:
    raise 5
except TypeError:
    print("TypeError raising int")
