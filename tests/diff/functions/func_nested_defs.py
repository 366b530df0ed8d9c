# nested function definitions and returns
def outer(n):
    def level1(m):
        def level2(k):
            return n * 100 + m * 10 + k
        return level2
    return level1
print(outer(1)(2)(3), outer(9)(0)(9))
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return add, sub
add, sub = make_ops()
print(add(2, 3), sub(2, 3))
