# arrays of each integer typecode
from array import array
for tc in "bBhHiIlLqQ":
    a = array(tc, [0, 1, 100])
    print(tc, a, bytes(a)[:6])
