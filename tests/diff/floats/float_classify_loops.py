# numerical loops with floats (Newton's method, harmonic sums)
def sqrt_newton(a):
    x = a
    for i in range(30):
        x = 0.5 * (x + a / x)
    return x
for a in [2.0, 9.0, 10.0, 0.25]:
    print(a, sqrt_newton(a), round(sqrt_newton(a) ** 2, 9))
h = 0.0
for k in range(1, 101):
    h += 1.0 / k
print(round(h, 10))
