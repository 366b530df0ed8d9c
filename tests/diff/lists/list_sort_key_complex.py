# multi-key sorting
people = [("Ann", 30, "NY"), ("Bob", 25, "LA"), ("Cid", 30, "LA"), ("Dee", 25, "NY"), ("Eve", 35, "LA")]
print(sorted(people, key=lambda p: (p[2], p[1])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: (p[1], p[0]), reverse=True)
print([p[0] for p in by_age])
