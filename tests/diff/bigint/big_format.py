# %-formatting and format() of big ints
n = 3 ** 80
print("%d" % n)
print("%40d|" % (2 ** 100))
print("%-40d|" % (2 ** 100))
print("{:,}".format(2 ** 70) if False else "{}".format(2 ** 70))
print("{:>45}|".format(n))
print("{:<45}|".format(-n))
print("%x" % n, "%o" % (2 ** 90))
print(str(n).zfill(50) if hasattr(str, "zfill") else ("0" * (50 - len(str(n))) + str(n)))
