# DIFF: MicroPython's &, |, ^ on two bools return int, CPython returns bool
a, b = True, False
print(a & b, a | b, a ^ b, a & a, b | b)
print(type(a & b).__name__, type(a | a).__name__)
print(repr(True ^ False))
print(int(a & b) == 0, (a | b) == 1)
