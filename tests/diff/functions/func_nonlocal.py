# nonlocal rebinding
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
print(c(), c(), c(5))
c2 = counter()
print(c2(), c())
def outer():
    v = "outer"
    def mid():
        def inner():
            nonlocal v
            v = "inner"
        inner()
    mid()
    return v
print(outer())
