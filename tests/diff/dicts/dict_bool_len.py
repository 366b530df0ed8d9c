# truthiness and len of containers
for c in [{}, {"a": 1}, set(), {0}, frozenset(), [], [0], (), (0,), "", " "]:
    print(repr(c) if not isinstance(c, (set, frozenset)) or len(c) < 2 else "set", bool(c), len(c))
