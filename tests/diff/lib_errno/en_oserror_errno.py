# OSError carrying errno values
import errno
for code in (errno.ENOENT, errno.EACCES, errno.EEXIST):
    try:
        raise OSError(code, "message")
    except OSError as e:
        print(e.errno, errno.errorcode[e.errno], e.args[0] == code)
