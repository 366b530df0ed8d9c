# conditional expressions
for x in range(-2, 3):
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
f = lambda v: v if v else "empty"
print(f(0), f(3), f(""), f("s"))
print([a if a % 2 else -a for a in range(6)])
