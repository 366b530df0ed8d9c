# decorators with arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("sq")
def square(x):
    return x * x
print(registry["sq"](7), square(3), sorted(registry))
