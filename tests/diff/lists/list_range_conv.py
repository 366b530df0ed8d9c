# converting ranges and other iterables to lists
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)))
print(list(enumerate("ab")), list(zip([1, 2], [3, 4])), list(map(str, [1, 2])))
print(list({"a": 1}), list(reversed([1, 2, 3])), list(iter([9])))
