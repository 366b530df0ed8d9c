# id is stable per object and distinct for live objects
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), id(a) == id(a[:]) , type(id(a)).__name__)
c = a
print(id(c) == id(a))
x = None
print(id(x) == id(None))
