# socket-related errno constants
import errno
for name in ["EADDRINUSE", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "ENOTCONN", "ETIMEDOUT", "ENOBUFS", "EOPNOTSUPP"]:
    print(name, getattr(errno, name))
