# min/max over generators and strings
print(max(x * x % 7 for x in range(10)), min(c for c in "python"))
print(max({1: "a", 5: "b"}), min((3, 2), (3, 1)), max("a", "ab", "abc"))
print(max(range(5), key=lambda x: (x % 3, x)))
