# nested with exits run in reverse order, even on error
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
try:
    with R(1) as a, R(2) as b:
        with R(3):
            print("inside", a, b)
            raise ValueError
except ValueError:
    print("caught")
