# zip stops at the shortest input
print(list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10), range(2))))
a = iter(range(5))
print(list(zip(a, a)))
