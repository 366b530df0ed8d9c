# function __name__ for def and lambda
def alpha():
    pass
beta = alpha
gamma = lambda: 0
print(alpha.__name__, beta.__name__, gamma.__name__)
def deco(fn):
    def inner():
        return fn()
    return inner
@deco
def wrapped():
    return 1
print(wrapped.__name__, wrapped())
