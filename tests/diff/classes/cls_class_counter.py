# instance counting via class attribute and classmethod
class Tracked:
    n = 0
    instances = []
    def __init__(self, tag):
        Tracked.n += 1
        self.tag = tag
        Tracked.instances.append(tag)
    @classmethod
    def report(cls):
        return cls.n, list(cls.instances)
for t in "abc":
    Tracked(t)
print(Tracked.report())
