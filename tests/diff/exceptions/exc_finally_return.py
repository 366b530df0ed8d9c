# return in finally overrides
def f():
    try:
        return 1
    finally:
        return 2
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
def h():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 99
print(f(), g(), h())
