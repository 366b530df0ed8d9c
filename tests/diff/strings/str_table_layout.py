# simple table layout with padding
rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.75)]
print("%-12s%5s%8s" % ("name", "qty", "price"))
for name, q, p in rows:
    print("%-12s%5d%8.2f" % (name, q, p))
for name, q, p in rows:
    print("{:<12}{:>5}{:>8.2f}".format(name, q, p))
print("-" * 25)
