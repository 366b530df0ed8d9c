# deque used as a FIFO and LIFO
from collections import deque
d = deque((), 20)
for c in "abcde":
    d.append(c)
print(d.popleft(), d.pop(), len(d))
d.appendleft("z")
out = []
while d:
    out.append(d.pop())
print(out)
