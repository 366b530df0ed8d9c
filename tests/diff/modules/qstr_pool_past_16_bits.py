# More than 2^15 interned names: modules loaded before and after the pool grows that far
# must still resolve every name (narrow qstr tables fall back to lazy lookups, and
# modules loaded late use wide tables).
class Bag:
    pass


def late_names(b):
    # These attribute names are first interned when this runs, after the pool is large.
    b.zeta_first_use = 1
    b.zeta_second_use = b.zeta_first_use + 1
    return b.zeta_first_use + b.zeta_second_use


b = Bag()
missing = 0
for i in range(33000):
    # A failed lookup by a new name still interns the name.
    if getattr(b, "n%d" % i, None) is None:
        missing += 1
print(missing)
print(late_names(b), late_names(b))
print(sorted(b.__dict__))
