# deque with maxlen drops from the other end
from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
print(list(d) if hasattr(d, "__iter__") or True else None)
print(d.popleft(), d.popleft(), d.popleft())
d.extend([7, 8, 9, 10])
print(d.popleft(), len(d))
