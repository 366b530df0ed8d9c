# multiplication of small ints with signs and zero
vals = [0, 1, -1, 2, -3, 11, -13, 255, -1024]
for a in vals:
    print(a, [a * b for b in vals])
x = 3
x *= -4
print(x)
x *= x
print(x)
print(2 * 3 * 4 * 5 * 6 * 7)
print((-1) * (-1) * (-1))
