# split with and without separators
print("a b  c\td\ne".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("abc".split(","), "".split(), "".split(","))
print("one::two::three".split("::"))
print("a b c d".split(None, 2))
try:
    "abc".split("")
except ValueError:
    print("ValueError")
