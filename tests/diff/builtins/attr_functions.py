# hasattr/getattr/setattr/delattr on instances
class O:
    cls_attr = "c"
o = O()
setattr(o, "x", 10)
print(hasattr(o, "x"), getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "cls_attr"), o.cls_attr)
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "nope")
except AttributeError:
    print("AttributeError del")
setattr(O, "added", 5)
print(o.added, getattr(O, "added"))
