# str() of various objects
print(str(1), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(str(), str(""), str(b"ab"), str(2 ** 70))
print(repr(1), repr(1.5), repr([1, "a", None]), repr((1, 2)), repr({}))
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
print(str(C()), repr(C()), [C()], "%s %r" % (C(), C()))
