# iter and next with default
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
d = iter({"k": 1})
print(next(d))
try:
    iter(5)
except TypeError:
    print("TypeError")
