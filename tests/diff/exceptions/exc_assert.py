# assert statements
def check(x):
    assert x > 0, "must be positive"
    assert x < 100
    return x
for v in (5, -1, 200):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", e.args)
