# every MicroPython str method on one sample
s = "  Hello World, hello  "
print(s.find("llo"), s.rfind("llo"), s.index("W"), s.rindex("l"), s.count("l"))
print(s.split(), s.rsplit(" ", 2), s.split(","), s.splitlines())
print(s.strip(), "|" + s.lstrip() + "|", "|" + s.rstrip() + "|")
print(s.replace("l", "L", 3), s.startswith("  H"), s.endswith("  "), s.upper(), s.lower())
print(s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
print(s.center(26), s.partition(","), s.rpartition("l"))
print("{}-{}".format(1, 2), s.encode()[:7], ",".join(["x", "y"]))
