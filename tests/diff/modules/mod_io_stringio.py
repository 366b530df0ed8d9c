# io.StringIO
import io
s = io.StringIO()
s.write("hello ")
s.write("world\n")
print(s.getvalue(), end="")
print(s.tell())
r = io.StringIO("line1\nline2\nline3")
print(r.readline(), end="")
print(r.read(3), r.read())
r.seek(0)
print(r.read(5))
print(repr(io.StringIO("").read()))
