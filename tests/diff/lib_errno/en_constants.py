# errno constants (Linux values)
import errno
for name in ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL"]:
    print(name, getattr(errno, name))
