# multiple inheritance without diamonds
class A:
    def who(self):
        return "A"
    def a_only(self):
        return "a"
class B:
    def who(self):
        return "B"
    def b_only(self):
        return "b"
class AB(A, B):
    pass
class BA(B, A):
    pass
print(AB().who(), BA().who(), AB().a_only(), AB().b_only(), BA().a_only())
print(isinstance(AB(), B), issubclass(BA, A), [c.__name__ for c in AB.__bases__])
