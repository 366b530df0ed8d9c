# str.format with positional and keyword fields
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}".format(a=1, b=2), "{0}{x}".format("p", x="q"))
print("{{}} {{{}}}".format(5))
print("{!r} {!s}".format("r", "s"))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
