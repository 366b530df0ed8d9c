# OSError attributes
import errno
e = OSError(errno.ENOENT, "no entry")
print(e.args, e.errno)
e2 = OSError("just text")
print(e2.args)
