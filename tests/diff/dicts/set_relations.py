# subset/superset/disjoint
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3}), a.isdisjoint({2}), a.issubset([1, 2, 5]))
print(set() <= a, set() < set(), {1} > set())
