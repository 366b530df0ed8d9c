# remove, index, count
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(7), a.index(1), a.index(5), a.index(5, 5), a.index(3, 1))
a.remove(1)
print(a)
a.remove(5)
print(a)
for bad in (7,):
    try:
        a.remove(bad)
    except ValueError:
        print("ValueError remove")
    try:
        a.index(bad)
    except ValueError:
        print("ValueError index")
