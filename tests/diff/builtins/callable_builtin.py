# callable()
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(D()), callable(1), callable("s"), callable(print))
