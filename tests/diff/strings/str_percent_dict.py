# %-formatting with a mapping
d = {"name": "Ada", "age": 36, "score": 9.5}
print("%(name)s is %(age)d" % d)
print("%(name)r %(score).2f %(age)05d" % d)
print("%(name)s %(name)s" % d)
try:
    "%(missing)s" % d
except KeyError:
    print("KeyError")
