# in-place set operations
a = {1, 2, 3}
a |= {4}
print(sorted(a))
a &= {2, 3, 4, 5}
print(sorted(a))
a -= {2}
print(sorted(a))
a ^= {4, 9}
print(sorted(a))
a.update([10, 11], {12})
print(sorted(a))
a.intersection_update({3, 10, 12})
a.difference_update({10})
print(sorted(a))
a.symmetric_difference_update({3, 7})
print(sorted(a))
