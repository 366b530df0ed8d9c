# comprehension variables do not leak
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
