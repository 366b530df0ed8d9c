# small int addition and subtraction, including sign changes
vals = [0, 1, -1, 7, -7, 100, -100, 12345, -98765]
for a in vals:
    row = []
    for b in vals[:5]:
        row.append(a + b)
        row.append(a - b)
    print(a, row)
print(1 + 2 - 3 + 4 - 5)
print(-(-5), -(+5), +(-5))
x = 10
x += 5
x -= 20
print(x)
