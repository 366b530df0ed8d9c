# errorcode maps numbers back to names
import errno
for code in [errno.ENOENT, errno.EINVAL, errno.EEXIST, errno.EAGAIN]:
    print(code, errno.errorcode[code])
print(errno.errorcode.get(99999, "unknown"))
