# hex/oct/bin of big ints
for v in [2 ** 64, 2 ** 64 - 1, -(2 ** 70), 3 ** 50, 16 ** 20 + 1]:
    print(hex(v), oct(v), bin(v))
print("{:x} {:X} {:o} {:b}".format(2 ** 65, 2 ** 65 + 255, 8 ** 23, 2 ** 66))
print(int(hex(5 ** 60), 16) == 5 ** 60)
