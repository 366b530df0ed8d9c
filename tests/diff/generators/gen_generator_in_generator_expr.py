# generator of generators
def rng(n):
    for i in range(n):
        yield i
gg = (rng(k) for k in range(4))
print([list(x) for x in gg])
print(sum(sum(rng(k)) for k in range(5)))
