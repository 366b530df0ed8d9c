# __module__ and __qualname__ of classes, through instances and subclasses, and in the
# class dict (mpyrom answers them without storing them until the dict is looked at).
class Base:
    x = 1

    def who(self):
        return type(self).__qualname__


class Child(Base):
    pass


class Other(Base):
    __qualname__ = "Renamed"


b, c = Base(), Child()
print(Base.__qualname__, Child.__qualname__, Other.__qualname__)
print(Base.__module__, Child.__module__, c.__module__)
print(b.who(), c.who(), Other().who())
print(hasattr(Base, "__qualname__"), getattr(Child, "__module__", None))
print(sorted(k for k in Child.__dict__ if k in ("__module__", "x")), Child.__dict__["__module__"])
print(sorted(k for k in Base.__dict__ if not k.startswith("__") or k == "__module__"))
print("__module__" in dir(Child), "who" in dir(c))
Base.__module__ = "elsewhere"
print(Base.__module__, c.__module__)

