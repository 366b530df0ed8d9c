# write returns the number of characters/bytes written
import io
s = io.StringIO()
print(s.write("hello"), s.write(""))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(2)))
print(b.getvalue())
