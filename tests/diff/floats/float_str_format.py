# str.format of floats
v = 2.718281828
print("{}|{:.2f}|{:8.3f}|{:<8.3f}|{:^9.1f}|{:+.2f}".format(v, v, v, v, v, v))
print("{:e}|{:.2e}|{:g}|{:.3g}|{:%}|{:.1%}".format(v, v, v, v, 0.25, 0.125))
print("{:010.3f}|{:f}|{:.0f}".format(-v, 1.0, 2.4))
print("{0:.1f} {0:.4f} {1:.2f}".format(1.23456, 9.999))
