# indexing gives ints, slicing gives bytes
b = b"hello world"
print(b[0], b[-1], b[1:5], b[:0], b[6:], b[-5:-1])
print(list(b[:3]), [x for x in b"abc"], tuple(b"\x01\x02"))
try:
    b[20]
except IndexError:
    print("IndexError")
try:
    b[0] = 1
except TypeError:
    print("TypeError")
