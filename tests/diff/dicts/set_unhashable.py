# unhashable members are rejected
for bad in ([1], {1: 2}, {3}):
    try:
        {bad}
    except TypeError:
        print("TypeError")
print(len({(1, 2), (1, 2), (2, 1)}))
print(sorted({1, 1.0, True, 2}))
