# exceptions inside comprehensions propagate
def check(x):
    if x == 3:
        raise ValueError(x)
    return x
try:
    print([check(x) for x in range(5)])
except ValueError as e:
    print("ValueError", e.args)
print([check(x) for x in range(3)])
