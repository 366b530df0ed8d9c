# merging keyword dictionaries
def show(**kw):
    return sorted(kw.items())
base = {"a": 1, "b": 2}
print(show(**base), show(**base, c=3), show(**{"x": 1}, **{"y": 2}))
try:
    show(**base, a=5)
except TypeError:
    print("TypeError")
