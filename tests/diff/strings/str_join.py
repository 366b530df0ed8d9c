# join on str
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), " ".join([]))
print("\n".join(str(i) for i in range(3)))
print(", ".join(map(str, [1, 2.5, None, True])))
print("ab".join(["1", "2", "3"]))
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError")
