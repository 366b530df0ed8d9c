# is / is not on singletons and small ints
a = None
print(a is None, a is not None)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(True is True, False is not True)
t = ()
print(t == (), type(t) is tuple)
print(type(1) is int, type(1.0) is float, type("") is str)
