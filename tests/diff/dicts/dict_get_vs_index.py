# get with defaults, KeyError with different key types
d = {(1, 2): "pair", 0: "zero"}
print(d.get((1, 2)), d.get(0.0), d.get(False), d.get("0", "?"))
for k in ([1], {}):
    try:
        d[k]
    except TypeError:
        print("TypeError")
