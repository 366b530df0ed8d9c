# format type codes
for n in [0, 5, 255, -42, 1000000]:
    print("{:d} {:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:,}".format(n, n, n, n, n, n, n, n, n))
print("{:c}{:c}".format(72, 105), "{:s}".format("str"), "{:.3s}".format("abcdef"))
print("{:10.3s}|{:>6.2s}|".format("abcdef", "xyz"))
print("{:_}".format(1234567), "{:,}".format(-9876543))
