# str/repr/format of ints
for x in [0, 1, -1, 42, -42, 1000000, -2147483648, 2147483647]:
    print(str(x), repr(x), "%d" % x, "%5d|" % x, "%-6d|" % x, "%+d" % x)
print(hex(255), oct(8), bin(5), hex(-255), oct(-8), bin(-5), hex(0), bin(0))
print("%x %X %o" % (255, 255, 8))
print("%#x %#o" % (255, 8))
print("{:x} {:#x} {:08b} {:05d}".format(255, 255, 255, -3))
