# to_bytes/from_bytes round trip for many values
ok = True
for n in range(0, 70000, 997):
    for order in ("big", "little"):
        ok = ok and int.from_bytes(n.to_bytes(3, order), order) == n
print(ok)
