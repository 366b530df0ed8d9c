# assignment expressions
data = [1, 5, 8, 3, 10]
if (n := len(data)) > 3:
    print("long", n)
out = [y for x in data if (y := x * 2) > 6]
print(out, y)
i = 0
while (i := i + 1) < 5:
    print("i", i)
print((z := 7) + z)
