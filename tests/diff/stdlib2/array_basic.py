# array: construction, repr, indexing, slicing, append/extend, iteration, bytes().
from array import array

for tc in "bBhHiIlLqQ":
    a = array(tc, [1, 2, 3])
    print(a, len(a), a[0], a[-1], list(a), sum(a))
print(array("i"), array("d"), len(array("b")))
print(array("b", [-128, 127]), array("B", [0, 255]))
print(array("h", [-32768, 32767]), array("H", [65535]))
print(array("i", [-2147483648, 2147483647]), array("I", [4294967295]))
print(array("q", [-(2**63), 2**63 - 1]), array("Q", [2**64 - 1]))
print(array("f", [0.5, -1.25, 3.0]), array("d", [1.5, -2.25, 1e100]))
a = array("i", range(5))
print(a[1:3], a[:2], a[3:], a[:], a[-2:], a[4:1])
a.append(5)
a.extend([6, 7])
a.extend(array("i", [8]))
a.extend(range(9, 11))
print(a, len(a))
a[0] = 100
a[-1] = -100
print(a[0], a[-1])
print([x * 2 for x in array("H", [1, 2, 3])])
print(bytes(array("h", [1, -2])), bytes(array("I", [0x01020304])))
print(bytes(array("d", [1.0])), bytes(array("f", [2.0])))
print(array("B", b"\x01\x02\x03"), array("h", b"\x01\x00\x02\x00"))
print(array("i", array("b", [1, -1])))
b = array("b", [1, 2]) + array("b", [3])
print(b, type(b) is array)
b += array("b", [4, 5])
print(b)
print(bool(array("i")), bool(array("i", [0])))
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) == array("i", [1, 3]))
print(array("i", [1, 2]) != array("i", [1, 2]))
c = array("i", [1, 2, 3, 4, 5])
c[1:3] = array("i", [20, 30, 40])
print(c)
c[0:2] = array("i")
print(c)
try:
    c[10]
except IndexError:
    print("IndexError")
try:
    c[10] = 1
except IndexError:
    print("IndexError")
try:
    array("x")
except ValueError:
    print("ValueError")
print(isinstance(c, array), type(c).__name__)
