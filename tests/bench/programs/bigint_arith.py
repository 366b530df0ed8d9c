# Big integers: factorial, powers, division and conversion to text.
f = 1
for i in range(1, 1200):
    f *= i
p = 3 ** 2000
q, r = divmod(f, p)
s = str(f)
print("bigint_arith", len(s), s[:12], q.bit_length() if hasattr(q, "bit_length") else len(str(q)), r % 1000003)
