# errors from constructors
class Need2:
    def __init__(self, a, b):
        self.s = a + b
print(Need2(1, 2).s)
for args in ((), (1,), (1, 2, 3)):
    try:
        Need2(*args)
    except TypeError:
        print("TypeError", len(args))
class Bad:
    def __init__(self):
        raise ValueError("init failed")
try:
    Bad()
except ValueError as e:
    print("ValueError", e)
