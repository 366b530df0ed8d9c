# repr of empty arrays of several typecodes
from array import array
for tc in "bBhHiIqQfd":
    print(array(tc))
