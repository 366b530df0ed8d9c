# union, intersection, difference, symmetric difference
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([7, 8])), sorted(a.intersection(range(3))), sorted(a.difference([1, 2])))
