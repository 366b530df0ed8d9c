# unpacking non-iterables and bad mappings in calls
def f(*a, **k):
    return a, k
for bad in (lambda: f(*5), lambda: f(*None)):
    try:
        bad()
    except TypeError:
        print("TypeError")
print(f(*"ab"), f(*{"x": 1}))
