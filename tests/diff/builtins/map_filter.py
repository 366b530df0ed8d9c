# map and filter are lazy iterators
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, ["a", "b"])))
f = filter(lambda x: x % 2, range(10))
print(list(f), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(len, ["", "ab", "abc"])))
