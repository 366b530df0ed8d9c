# tuple count/index and iteration
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.index(9), t.index(5, 5), len(t), sum(t), min(t), max(t))
try:
    t.index(7)
except ValueError:
    print("ValueError")
print(sorted(t), tuple(sorted(t)), tuple(reversed(t)))
print([x for x in t if x > 4])
