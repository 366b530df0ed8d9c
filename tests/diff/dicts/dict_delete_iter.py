# deletion and modification during iteration
d = {i: i * 10 for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(sorted(d.items()))
del d[0]
try:
    del d[0]
except KeyError:
    print("KeyError")
