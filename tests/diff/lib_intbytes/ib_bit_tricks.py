# bit counting without bit_length
def bits(n):
    c = 0
    while n:
        n >>= 1
        c += 1
    return c
def popcount(n):
    return bin(n).count("1")
for n in [0, 1, 5, 255, 256, 2 ** 40, 2 ** 100 - 1]:
    print(n, bits(n), popcount(n), len(bin(n)) - 2 if n else 0)
