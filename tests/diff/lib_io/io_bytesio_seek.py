# BytesIO seek/tell/read sizes
import io
b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.read(0), b.read(100), b.tell(), b.read())
b.seek(2)
print(b.read(2), b.tell())
