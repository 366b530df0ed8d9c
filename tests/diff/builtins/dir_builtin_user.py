# dir() on a user instance lists its attributes
class A:
    def meth(self):
        pass
a = A()
a.inst = 1
names = dir(a)
print("meth" in names, "inst" in names, "nope" in names)
