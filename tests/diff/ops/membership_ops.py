# in / not in across containers
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("a" in "abc", "bc" in "abc", "ca" in "abc", "" in "abc")
print(1 in (1,), 1 in {1: 2}, 2 in {1: 2}, 3 in {3, 4})
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-5, 0))
print(b"b" in b"abc", 98 in b"abc")
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
