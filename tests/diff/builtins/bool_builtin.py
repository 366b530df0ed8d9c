# bool() and truthiness rules
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class E:
    pass
print(bool(T()), bool(L()), bool(E()), bool(), bool(0j), bool(1j))
print([bool(x) for x in (0, 0.0, "", b"", [], (), {}, set(), None, range(0), 1, "0", [None])])
