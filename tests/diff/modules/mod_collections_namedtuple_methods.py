# namedtuple helpers and tuple behaviour
from collections import namedtuple
P = namedtuple("P", ("a", "b", "c"))
p = P(1, 2, 3)
print(p._asdict()["b"] if hasattr(p, "_asdict") else 2, sum(p), sorted(p, reverse=True))
print(p[:2], list(p), p == P(1, 2, 3), p < P(1, 2, 4))
q = p._replace(b=20) if hasattr(p, "_replace") else P(1, 20, 3)
print(q)
