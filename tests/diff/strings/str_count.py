# count with overlapping-free semantics
s = "aaaa banana"
print(s.count("a"), s.count("aa"), s.count("ana"), s.count("n"), s.count("x"), s.count(""))
print(s.count("a", 5), s.count("a", 0, 4), s.count("a", -3))
print("".count(""), "".count("a"))
