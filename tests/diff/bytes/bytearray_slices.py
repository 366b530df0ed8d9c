# bytearray slice assignment and deletion
ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[0:0] = b"xx"
print(ba)
ba[1:3] = b""
print(ba)
ba[-2:] = b""
print(ba, len(ba))
try:
    ba[100] = 1
except IndexError:
    print("IndexError")
