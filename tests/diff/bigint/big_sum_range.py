# sums and products that overflow a machine word
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 12)
p = 1
for i in range(1, 40, 3):
    p *= i * 1000003
print(p)
print(sum([2 ** 63] * 10), sum(x * x for x in range(2 ** 32, 2 ** 32 + 5)))
