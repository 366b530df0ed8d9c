# dict comprehensions
sq = {x: x * x for x in range(6)}
print(sorted(sq.items()))
inv = {v: k for k, v in sq.items()}
print(sorted(inv.items()))
ev = {k: v for k, v in sq.items() if k % 2 == 0}
print(sorted(ev.items()))
w = {w: len(w) for w in "to be or not to be".split()}
print(sorted(w.items()))
