# closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1), make_adder(-1)(0))
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
