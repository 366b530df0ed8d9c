# eval and exec
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"])
exec("z = 5")
print(z)
