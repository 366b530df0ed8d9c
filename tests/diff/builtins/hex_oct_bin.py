# hex/oct/bin on ints
for n in [0, 1, 7, 8, 255, 256, -1, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
