# set creation and membership
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, set(), sorted(set("hello")), sorted(set([1, 1, 2])))
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
print(sorted(s))
s.remove(3)
try:
    s.remove(3)
except KeyError:
    print("KeyError")
print(sorted(s), s.pop() in (1, 10), len(s))
