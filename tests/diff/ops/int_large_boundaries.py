# values around machine-word boundaries behave as exact ints
for e in (29, 30, 31, 32, 62, 63, 64):
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v, -v - 1)
    print((v - 1) + 1 == v, (v * 2) // 2 == v, -v // 3, -v % 7)
big = 2 ** 62
print(big + big, big * 4, (big * 4) >> 63)
print(sum(range(100000)))
