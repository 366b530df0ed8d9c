# gc functions return without error (values not printed)
import gc
gc.collect()
gc.disable()
print(gc.isenabled() if hasattr(gc, "isenabled") else False)
gc.enable()
print(gc.isenabled() if hasattr(gc, "isenabled") else True)
junk = [[i] * 10 for i in range(100)]
del junk
r = gc.collect()
print(r is None or isinstance(r, int))
