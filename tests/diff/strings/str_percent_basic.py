# %-formatting with s, r, d, x, c
print("%s|%r|%d|%x|%o|%c|%%" % ("str", "rep", 42, 255, 8, 65))
print("%s" % 1.5, "%s" % None, "%s" % [1, "a"], "%r" % "q")
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%03d|%-3d|%+d|% d" % (7, 7, 7, 7))
print("%s %s" % ("a", "b"), "%s" % ("single",), "%s" % (("t", "u"),))
print("%*d|%-*d|" % (5, 42, 4, 1))
