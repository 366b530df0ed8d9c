# writing into a StringIO created with initial content
import io
s = io.StringIO("abcdef")
s.write("XY")
print(repr(s.getvalue()))
