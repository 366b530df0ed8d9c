# iterating over StringIO lines via readline
import io
s = io.StringIO("alpha\nbeta\n\ngamma")
lines = []
while True:
    l = s.readline()
    if not l:
        break
    lines.append(l)
print(lines)
