# sys.exc_info inside and outside handlers
import sys
print(sys.exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args)
