# StringIO and BytesIO as context managers
import io
with io.StringIO() as s:
    s.write("inside")
    print(s.getvalue())
with io.BytesIO(b"data") as b:
    print(b.read())
