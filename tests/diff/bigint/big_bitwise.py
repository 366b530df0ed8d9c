# bitwise ops on big ints, including negatives
a = 2 ** 100 + 2 ** 50 + 7
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b)
print(~a, ~(-a))
print(a & 0xff, -a & 0xffff)
