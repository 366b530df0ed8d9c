# DIFF: MicroPython compares int with float by converting the int to float (CPython compares exactly)
n = 2 ** 53 + 1
f = float(n)
print(n == f, n != f, n > f, n < f)
m = 10 ** 30 + 1
print(m == float(m), m > 1e30)
print(2 ** 53 == float(2 ** 53))
