# readline returns '' at EOF
import io
s = io.StringIO("a\nb")
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
b = io.BytesIO(b"x\n")
print(b.readline(), b.readline())
