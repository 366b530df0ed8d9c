# arrays to bytes and back via buffer
from array import array
a = array("H", [1, 258, 65535])
raw = bytes(a)
print(raw)
b = array("H", raw)
print(b, b == a)
print(array("b", b"\xff\x01"))
