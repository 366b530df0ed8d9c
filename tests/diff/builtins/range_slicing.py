# slicing a range gives a range
r = range(0, 30, 3)
print(r[2:5], list(r[2:5]), list(r[::2]), list(r[::-1]), list(r[-3:]))
print(r.start, r.stop, r.step, range(7).start, range(7).stop)
