# tuple creation and indexing
t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[:-1], (), (1,), tuple([1, 2]), tuple("ab"))
print(t + (None,), t * 2, 2 in t, t.count(1), t.index("a"))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 9
except TypeError:
    print("TypeError")
