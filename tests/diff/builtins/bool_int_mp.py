# DIFF: in MicroPython bool is not an int subclass for isinstance/issubclass (arithmetic still works); range objects compare by identity
print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(range(3) == range(3), range(0) == range(5, 5), range(3) != range(3))
r = range(4)
print(r == r)
