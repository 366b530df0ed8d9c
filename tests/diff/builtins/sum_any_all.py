# sum, any, all
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
try:
    sum([1, "b"])
except TypeError:
    print("TypeError")
