# recursive generators (permutations, subsets)
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
def subsets(s):
    if not s:
        yield []
        return
    for rest in subsets(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(subsets([1, 2, 3])))
