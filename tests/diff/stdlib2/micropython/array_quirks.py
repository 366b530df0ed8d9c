# MicroPython array behaviours that differ from CPython.
from array import array

print(array("b", [200, -200]), array("B", [256 + 7, -1]), array("H", [70000]))
print(array("i", b"\x01\x00\x00\x00\x02\x00"))
print(array("i", [1]) == b"\x01\x00\x00\x00", array("i", [1]) == [1])
print(array("i", [1, 2]) == array("I", [1, 2]))
for f in (lambda: 1 in array("i", [1]), lambda: 1.0 in array("d", [1.0]),
          lambda: array("f", [1]) == array("f", [1]), lambda: array("i") == array("h"),
          lambda: array("i", [1, 2, 3])[::2], lambda: array("i", [1]) < array("i", [2])):
    try:
        print(f())
    except NotImplementedError as e:
        print("NotImplementedError", repr(str(e)))
print(b"x" in array("b", [120]))
print(array("B", [1, 2]) < array("B", [1, 3]), array("B", [2]) > b"\x01")
a = array("i", [1, 2, 3])
try:
    del a[0]
except TypeError as e:
    print("TypeError", e)
try:
    array("z")
except ValueError as e:
    print("ValueError", e)
try:
    a[5]
except IndexError as e:
    print("IndexError", e)
try:
    a[0:1] = [9]
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    a[0:1] = array("h", [9])
except ValueError as e:
    print("ValueError", e)
b = array("B", [1, 2, 3])
b[0:1] = b"xy"
print(b)
a.extend(b"\x07\x00\x00\x00\x08")
print(a)
print(a + b"\x09\x00\x00\x00")
