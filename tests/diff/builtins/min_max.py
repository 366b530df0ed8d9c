# min/max with key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([(1, "b"), (1, "a")]), min([-5, 3], key=lambda v: v * v))
for bad in ([], ()):
    try:
        max(bad)
    except ValueError:
        print("ValueError")
