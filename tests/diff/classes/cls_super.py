# super() in methods and __init__
class Base:
    def __init__(self, v):
        self.v = v
        self.log = ["Base"]
    def value(self):
        return self.v
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.log.append("Mid")
    def value(self):
        return super().value() + 1
class Top(Mid):
    def __init__(self):
        super().__init__(10)
        self.log.append("Top")
    def value(self):
        return super().value() * 100
t = Top()
print(t.v, t.log, t.value())
