# accumulated float sums
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
print(sum([0.5] * 8), sum([1e100, 1.0, -1e100]))
t = 1.0
for i in range(30):
    t /= 2
print(t, t * 2 ** 30)
