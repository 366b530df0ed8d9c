# %-formatting on str with bytes values and vice versa
print("%s" % b"raw", "%r" % b"raw", "%s|%s" % ("x", b"y"))
print(b"%s" % b"ok", b"%d%%" % 50)
