# attribute lookup order that both C3 and depth-first agree on
class A:
    x = "A"
    def f(self):
        return "A.f"
class B(A):
    x = "B"
class C(A):
    def f(self):
        return "C.f"
class D(B, C):
    pass
print(D.x, D().x, B().f(), C().f())
class E(C):
    pass
print(E.x, E().f())
