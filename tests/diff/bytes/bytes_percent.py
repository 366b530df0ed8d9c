# %-formatting of bytes
print(b"%d-%s" % (5, b"x"), b"%x|%03d" % (255, 7), b"%c" % 65, b"100%%" % ())
print(b"%s" % b"bytes", b"%5d|" % 42)
