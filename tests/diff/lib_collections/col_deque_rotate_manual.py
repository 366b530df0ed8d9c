# rotating a deque by popping and appending
from collections import deque
d = deque(range(6), 10)
for _ in range(2):
    d.append(d.popleft())
print([d.popleft() for _ in range(6)])
