# str.format with many argument kinds
print("{} {} {} {} {}".format(1, 2.5, "s", [1], None))
print("{0:>6} {1:<6} {2:^6}|".format("r", "l", "c"))
print("{0:x} {0:o} {0:b} {0:#x}".format(42))
print("{name} is {age:03d}".format(name="x", age=7))
print("{:.3e} {:.1%} {:,}".format(12345.678, 0.4567, 1234567))
