# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(10 - 4 - 3, 100 // 10 // 3, 2 ** 2 ** 3)
print(not 1 == 2, not (1 == 2) and 3, 1 < 2 == True)
print(5 % 3 * 2, 5 * 3 % 2, -7 // 2 * 2)
print(3 if 0 else 4 if 1 else 5)
print(1 + 2 if 3 > 2 else 0)
