# OSError with errno
import errno
e = OSError(errno.ENOENT, "no such file")
print(e.args, e.errno, e.args[0] == errno.ENOENT)
try:
    raise OSError(errno.EINVAL, "invalid")
except OSError as err:
    print(err.errno, err.args)
