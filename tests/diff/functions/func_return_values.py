# multiple return values and implicit None
def nothing():
    pass
def early(x):
    if x < 0:
        return "neg"
    return
def pair():
    return 1, 2
print(nothing(), early(-1), early(1), pair(), type(pair()).__name__)
a, b = pair()
print(a + b)
