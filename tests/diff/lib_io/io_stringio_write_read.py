# StringIO write then getvalue, read after seek
import io
s = io.StringIO()
for i in range(3):
    s.write("line %d\n" % i)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read()))
s.seek(5)
print(repr(s.read(6)))
