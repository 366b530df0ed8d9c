# sorting namedtuples
from collections import namedtuple
P = namedtuple("P", "name score")
ps = [P("c", 3), P("a", 9), P("b", 5)]
print(sorted(ps), sorted(ps, key=lambda p: p.score), max(ps, key=lambda p: p.score).name)
