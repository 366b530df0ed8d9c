# super() walking a linear chain of three classes with extra args
class A:
    def f(self, x):
        return ["A%d" % x]
class B(A):
    def f(self, x):
        return ["B%d" % x] + super().f(x + 1)
class C(B):
    def f(self, x):
        return ["C%d" % x] + super().f(x + 1)
print(C().f(0), B().f(5))
