# dispatching on errno
import errno
def describe(e):
    if e.errno == errno.ENOENT:
        return "missing"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "denied"
    return "other"
for code in (errno.ENOENT, errno.EPERM, errno.EACCES, errno.EIO):
    print(code, describe(OSError(code, "x")))
