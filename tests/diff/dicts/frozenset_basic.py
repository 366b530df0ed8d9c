# frozenset is hashable and immutable
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, type(f).__name__)
d = {f: "fs"}
print(d[frozenset({1, 2, 3})])
print(sorted(f | {9}), type(f | {9}).__name__, sorted(f & {1}), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(sorted({frozenset([1]), frozenset([1]), frozenset()}, key=len))
