# getvalue is independent of the position
import io
b = io.BytesIO(b"abc")
b.read(2)
print(b.getvalue(), b.read())
