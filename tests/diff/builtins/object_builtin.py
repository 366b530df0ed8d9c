# object() instances
a = object()
b = object()
print(a == a, a == b, a != b, type(a).__name__, isinstance(a, object))
try:
    a.x = 1
except AttributeError:
    print("AttributeError")
