# deque append/pop from both ends
from collections import deque
d = deque((), 10)
for i in range(5):
    d.append(i)
d.appendleft(-1)
print(len(d), d.pop(), d.popleft(), len(d), bool(d))
out = []
while d:
    out.append(d.popleft())
print(out, len(d), bool(d))
try:
    d.pop()
except IndexError:
    print("IndexError")
