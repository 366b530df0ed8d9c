# building CSV text in a StringIO
import io
rows = [("a", 1), ("b", 2)]
out = io.StringIO()
for name, v in rows:
    out.write("%s,%d\n" % (name, v))
print(out.getvalue().splitlines())
