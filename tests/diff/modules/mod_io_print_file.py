# print(file=...) into StringIO
import io
buf = io.StringIO()
print("a", 1, sep="-", file=buf)
print("b", end="!", file=buf)
print(repr(buf.getvalue()))
