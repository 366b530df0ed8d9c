# sorting mixed types fails
for data in ([1, "a"], [None, 1], [[1], (1,)]):
    try:
        sorted(data)
        print("sorted")
    except TypeError:
        print("TypeError")
print(sorted([]), sorted([1]), sorted([True, False, 0.5]))
