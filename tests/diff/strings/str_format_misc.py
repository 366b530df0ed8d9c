# format with objects and repr conversion
class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "P(%d)" % self.x
    def __repr__(self):
        return "<P %d>" % self.x
p = P(3)
print("{}".format(p), "{!r}".format(p), "{!s}".format(p), f"{p}", f"{p!r}")
print("{:>8}|".format(str(p)), "%s|%r" % (p, p))
