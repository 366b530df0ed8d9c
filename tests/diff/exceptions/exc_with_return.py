# return inside with still calls __exit__
class R:
    def __enter__(self):
        print("enter")
        return "res"
    def __exit__(self, *a):
        print("exit")
def f():
    with R() as r:
        return r.upper()
print(f())
def g():
    for i in range(3):
        with R():
            if i == 1:
                break
    return i
print(g())
