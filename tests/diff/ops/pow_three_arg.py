# pow(base, exp, mod)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(0, 0, 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(123456789, 987654321, 1000000007))
print(pow(5, 117, 19))
for m in (1, 2, 3, 10, 97):
    print(m, [pow(b, 5, m) for b in range(6)])
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
