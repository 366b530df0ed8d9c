# type() of builtin values
for v in [1, 1.0, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), 1j]:
    print(type(v).__name__)
print(type(1) == int, type(type), type(int).__name__)
