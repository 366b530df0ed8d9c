# DIFF: MicroPython resolves attributes depth-first through the bases, not with the C3 MRO
class Root:
    def who(self):
        return "Root"
class Left(Root):
    pass
class Right(Root):
    def who(self):
        return "Right"
class Bottom(Left, Right):
    pass
print(Bottom().who())
