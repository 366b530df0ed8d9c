# io.BytesIO
import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())
r = io.BytesIO(b"line1\nline2\n")
print(r.readline(), r.readline(), r.readline())
