# argument-count errors are TypeError
def f0():
    pass
def f2(a, b):
    pass
def fk(*, k):
    pass
for call in [lambda: f0(1), lambda: f2(1), lambda: f2(1, 2, 3), lambda: fk(1), lambda: fk(), lambda: f2(b=1), lambda: f2(1, a=2), lambda: fk(k=1, j=2)]:
    try:
        call()
        print("ok")
    except TypeError:
        print("TypeError")
