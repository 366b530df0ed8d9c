# toy RSA with pow(b, e, m)
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, _ = egcd(e, phi)
d = x % phi
print(n, d, (e * d) % phi)
for m in [42, 123456789, 999999999999]:
    c = pow(m, e, n)
    print(m, c, pow(c, d, n))
