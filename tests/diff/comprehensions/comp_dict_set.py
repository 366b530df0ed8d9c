# dict and set comprehensions
words = ["apple", "bob", "civic", "dad", "eve", "fig"]
print(sorted({w for w in words if w == "".join(reversed(w))}))
print(sorted({w[0]: len(w) for w in words}.items()))
print(sorted({len(w) for w in words}))
print(sorted({k: [w for w in words if len(w) == k] for k in (3, 5)}.items()))
