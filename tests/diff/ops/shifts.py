# left and right shifts with negatives
for x in [1, 3, -1, -3, 255, -256, 1000]:
    print(x, [x << n for n in (0, 1, 2, 7, 15)])
    print(x, [x >> n for n in (0, 1, 2, 7, 15)])
print(1 << 62, 1 << 63, 1 << 64)
print(-1 >> 100, 1 >> 100)
for bad in (-1, -5):
    try:
        print(1 << bad)
    except ValueError:
        print("ValueError <<")
    try:
        print(1 >> bad)
    except ValueError:
        print("ValueError >>")
x = 5
x <<= 3
x >>= 1
print(x)
