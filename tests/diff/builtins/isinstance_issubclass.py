# isinstance / issubclass with builtins and tuples
print(isinstance(1, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (tuple, list)), isinstance({}, (list, tuple)), isinstance(None, type(None)))
print(issubclass(int, bool), issubclass(int, object), issubclass(list, (dict, list)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(3, object))
try:
    isinstance(1, 2)
except TypeError:
    print("TypeError")
