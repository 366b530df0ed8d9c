# type(name, bases, dict) creates classes
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "k": 1})
Child = type("Child", (Base,), {"k": 2})
b, c = Base(), Child()
print(b.greet(), c.greet(), b.k, c.k, isinstance(c, Base), Child.__name__, type(c) is Child)
print(type(b) is Base, type(Base).__name__)
